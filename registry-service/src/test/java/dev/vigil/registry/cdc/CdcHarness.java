package dev.vigil.registry.cdc;

import dev.vigil.contracts.json.ContractsJson;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.testkit.kafka.KafkaBroker;
import dev.vigil.testkit.postgres.TestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The CDC parts wired by hand against a test database and the shared broker, with short intervals, so tests can run
 * several supervisors side by side, stop them and start new ones as replicas would.
 */
final class CdcHarness implements AutoCloseable {

    private final DatabaseLogin login;
    private final CdcProperties properties;
    private final JdbcClient jdbc;
    private final List<AutoCloseable> opened = new ArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    CdcHarness(TestDatabase database) {
        this.login = new DatabaseLogin(database.jdbcUrl(), database.username(), database.password());
        Flyway.configure().dataSource(database.jdbcUrl(), database.username(), database.password()).load().migrate();
        this.jdbc = JdbcClient.create(new SimpleDriverDataSource(new org.postgresql.Driver(), database.jdbcUrl(),
                database.username(), database.password()));
        this.properties = new CdcProperties(true, null, "vigil_outbox", "public.outbox_event", "cdc_offset",
                "vigil-registry-outbox", 7364361, Duration.ofMillis(300), Duration.ofSeconds(1),
                Duration.ofMillis(200), Duration.ofMillis(500), Duration.ofSeconds(30), (short) 1)
                .resolve(database.name());
        KafkaBroker.shared().createTopics(List.of(
                new NewTopic(Topics.MONITORS.name(), Topics.MONITORS.partitions(), (short) 1),
                new NewTopic(Topics.CHANNELS.name(), Topics.CHANNELS.partitions(), (short) 1)));
    }

    /** A replica's supervisor, not started yet. */
    CdcSupervisor supervisor() {
        var producer = new KafkaProducer<>(KafkaBroker.shared().producerProperties(), new ByteArraySerializer(),
                new ByteArraySerializer());
        var publisher = new OutboxPublisher(producer, new ProcessedOutbox(jdbc, properties), properties,
                meters);
        var supervisor = new CdcSupervisor(properties, new AdvisoryLockLeadership(login, properties.leaderLockKey()),
                new ReplicationSlotGuard(jdbc, properties), new EngineFactory(properties, login, publisher),
                status -> { }, Clock.systemUTC());
        opened.add(producer);
        opened.add(supervisor);
        return supervisor;
    }

    /** Writes an outbox row the way the registry does, committed on return; null payload means a tombstone. */
    UUID insertOutbox(String aggregateType, UUID aggregateId, @Nullable Object payload) {
        return insertOutbox(UUID.randomUUID(), aggregateType, aggregateId, payload);
    }

    /** The same, with a given event id: writing one already published again is how a duplicate is made. */
    UUID insertOutbox(UUID id, String aggregateType, UUID aggregateId, @Nullable Object payload) {
        jdbc.sql("""
                insert into outbox_event (id, aggregatetype, aggregateid, type, payload)
                values (?, ?, ?, ?, cast(? as jsonb))
                """)
                .params(id, aggregateType, aggregateId.toString(), aggregateType + "_changed",
                        payload == null ? null : ContractsJson.mapper().writeValueAsString(payload))
                .update();
        return id;
    }

    /** The meters every supervisor of this harness registers in. */
    SimpleMeterRegistry meters() {
        return meters;
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    CdcProperties properties() {
        return properties;
    }

    long outboxRows() {
        return jdbc.sql("select count(*) from outbox_event").query(Long.class).single();
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable closeable : opened.reversed()) {
            closeable.close();
        }
    }
}

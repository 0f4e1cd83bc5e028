package dev.vigil.registry.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.delivery.DeliveryStatus;
import dev.vigil.contracts.topic.DeadLetterHeaders;
import dev.vigil.contracts.topic.Topic;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.testkit.kafka.KafkaBroker;
import dev.vigil.testkit.kafka.WithKafka;
import dev.vigil.testkit.postgres.WithPostgres;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(properties = "vigil.registry.read-model.group-id=read-model-replay-test")
@WithKafka
@WithPostgres(freshDatabase = true)
class ReadModelReplayIntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String GROUP = "read-model-replay-test";
    private static final List<String> TABLES =
            List.of("monitor_status", "stats_window", "alert_history", "incident", "delivery_outcome");

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private MeterRegistry meters;

    @BeforeAll
    static void createTopics(KafkaBroker kafka) {
        kafka.createTopics(List.of(Topics.MONITOR_STATUS, Topics.SERVICE_STATS, Topics.ALERTS, Topics.DELIVERIES)
                .stream().map(topic -> new NewTopic(topic.name(), topic.partitions(), (short) 1)).toList());
    }

    @Test
    void replayingTheSameRecordsLeavesTheSameRows() {
        Records records = Records.about(UUID.randomUUID(), "tenant-replay", Instant.now().truncatedTo(ChronoUnit.MILLIS));
        Alert streak = records.failureStreak();
        Alert recovery = records.recovery();
        UUID channel = UUID.randomUUID();
        Runnable publishAll = () -> {
            send(Topics.MONITOR_STATUS, records.monitorId(), records.downStatus());
            send(Topics.SERVICE_STATS, records.monitorId(), records.stats(300, records.at()));
            send(Topics.SERVICE_STATS, records.monitorId(), records.stats(60, records.at()));
            send(Topics.ALERTS, records.monitorId(), streak);
            send(Topics.ALERTS, records.monitorId(), recovery);
            send(Topics.DELIVERIES, records.monitorId(), records.delivery(streak, channel, DeliveryStatus.RETRYING, 1));
            send(Topics.DELIVERIES, records.monitorId(), records.delivery(streak, channel, DeliveryStatus.DELIVERED, 2));
        };

        publishAll.run();
        awaitAllConsumed();
        Map<String, String> once = snapshot();
        publishAll.run();
        awaitAllConsumed();

        assertThat(snapshot()).isEqualTo(once);
        assertThat(meters.find("vigil.registry.read-model.dead-letters").tag("reason", "retries_exhausted")
                .counter()).as("records the stores refused").isNull();
        assertThat(once.get("incident")).contains(records.incidentId().toString());
        assertThat(jdbc.sql("select outcome from delivery_outcome where alert_id = ?").param(streak.id())
                .query(String.class).single()).isEqualTo("delivered");
        assertThat(jdbc.sql("select closed_at is not null from incident where id = ?").param(records.incidentId())
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void unreadableRecordGoesToTheDeadLetterTopicWithTheReason(KafkaBroker kafka) {
        UUID monitorId = UUID.randomUUID();
        byte[] garbage = "{\"monitorId\": 42".getBytes(StandardCharsets.UTF_8);
        kafka.send(Topics.ALERTS.name(), new ByteArraySerializer(), new ByteArraySerializer(),
                monitorId.toString().getBytes(StandardCharsets.UTF_8), garbage);

        ConsumerRecord<byte[], byte[]> dead = kafka.consume(Topics.ALERTS.deadLetter().name(),
                        new ByteArrayDeserializer(), new ByteArrayDeserializer(), 1, TIMEOUT).stream()
                .filter(record -> new String(record.key(), StandardCharsets.UTF_8).equals(monitorId.toString()))
                .findFirst().orElseThrow();

        assertThat(dead.value()).isEqualTo(garbage);
        assertThat(header(dead, DeadLetterHeaders.REASON)).isEqualTo("deserialization");
        assertThat(header(dead, DeadLetterHeaders.ORIGINAL_TOPIC)).isEqualTo(Topics.ALERTS.name());
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static <V> void send(Topic<UUID, V> topic, UUID key, V value) {
        KafkaBroker.shared().send(topic.name(), topic.keySerde().serializer(), topic.valueSerde().serializer(), key,
                value);
    }

    private Map<String, String> snapshot() {
        return TABLES.stream().collect(Collectors.toMap(table -> table, table -> jdbc
                .sql("select coalesce(json_agg(t order by t::text)::text, '') from " + table + " t")
                .query(String.class).single()));
    }

    /** Everything on the four topics has been handled once the group's committed offsets reach their ends. */
    private static void awaitAllConsumed() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaBroker.shared().bootstrapServers()))) {
            await().atMost(TIMEOUT).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                        .partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> ends = ReadModelTopics.ALL.stream()
                        .flatMap(topic -> IntStream.range(0, topic.partitions())
                                .mapToObj(partition -> new TopicPartition(topic.name(), partition)))
                        .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
                return admin.listOffsets(ends).all().get().entrySet().stream()
                        .allMatch(end -> end.getValue().offset() == 0 || (committed.get(end.getKey()) != null
                                && committed.get(end.getKey()).offset() >= end.getValue().offset()));
            });
        }
    }
}

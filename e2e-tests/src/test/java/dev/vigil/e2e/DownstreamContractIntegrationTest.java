package dev.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.vigil.contracts.topic.Topic;
import dev.vigil.contracts.topic.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a downstream analytics team gets: a plain Kafka consumer with byte-array deserializers, no Vigil
 * code, reading committed records; every record must match the JSON Schema published in the contracts
 * jar and be keyed by its monitor id as docs/topics.md promises.
 */
class DownstreamContractIntegrationTest {

    /** Stats need a closed one-minute window; results and alerts come within seconds. */
    private static final Duration FIRST_RECORDS = Duration.ofMinutes(3);
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final int RECORDS_CHECKED = 3;
    /** Draft 2020-12 treats format as an annotation only; asserting it checks the uuid and date-time strings too. */
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static VigilSystem system;

    @BeforeAll
    static void aliceMonitorsTheDemoTarget() {
        system = VigilSystem.shared();
        AliceMission.shared(system);
    }

    @Test
    void everyProbeResultMatchesItsPublishedSchema() {
        assertEveryRecordMatchesItsSchema(Topics.PROBE_RESULTS);
    }

    @Test
    void everyServiceStatsRecordMatchesItsPublishedSchema() {
        assertEveryRecordMatchesItsSchema(Topics.SERVICE_STATS);
    }

    @Test
    void everyAlertMatchesItsPublishedSchema() {
        assertEveryRecordMatchesItsSchema(Topics.ALERTS);
    }

    private static void assertEveryRecordMatchesItsSchema(Topic<?, ?> topic) {
        Schema schema = SCHEMAS.getSchema(JSON.readTree(resource("schemas/" + topic.name() + ".schema.json")));

        List<ConsumerRecord<byte[], byte[]>> records = read(topic.name());

        assertThat(records).hasSizeGreaterThanOrEqualTo(RECORDS_CHECKED).allSatisfy(record -> {
            JsonNode value = JSON.readTree(record.value());
            assertThat(schema.validate(value)).as("schema violations of %s", value).isEmpty();
            assertThat(UUID.fromString(new String(record.key(), StandardCharsets.UTF_8)))
                    .isEqualTo(UUID.fromString(value.get("monitorId").asString()));
        });
    }

    private static List<ConsumerRecord<byte[], byte[]>> read(String topic) {
        var properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, system.stack().kafka().bootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-downstream-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<byte[], byte[]>> received = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(FIRST_RECORDS);
            while (received.size() < RECORDS_CHECKED && Instant.now().isBefore(deadline)) {
                consumer.poll(POLL).forEach(received::add);
            }
        }
        return received;
    }

    private static byte[] resource(String path) {
        try (InputStream in = DownstreamContractIntegrationTest.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The contracts jar has no " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.vigil.testkit.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

@WithKafka
class KafkaBrokerIntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void aProducedRecordIsConsumedBackFromTheRealBroker(KafkaBroker kafka) {
        kafka.createTopic("testkit.roundtrip", 3);

        kafka.send("testkit.roundtrip", new StringSerializer(), new StringSerializer(), "monitor-1", "up");

        var records = kafka.consume("testkit.roundtrip", new StringDeserializer(), new StringDeserializer(), 1, TIMEOUT);
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.key()).isEqualTo("monitor-1");
            assertThat(record.value()).isEqualTo("up");
        });
    }

    @Test
    void createdTopicsHaveTheRequestedPartitionCount(KafkaBroker kafka) throws Exception {
        kafka.createTopic("testkit.partitions", 6);

        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            var description = admin.describeTopics(Set.of("testkit.partitions")).allTopicNames().get().get("testkit.partitions");
            assertThat(description.partitions()).hasSize(6);
        }
    }

    @Test
    void creatingAnExistingTopicAgainIsHarmless(KafkaBroker kafka) {
        kafka.createTopic("testkit.twice", 1);
        kafka.createTopic("testkit.twice", 1);

        kafka.send("testkit.twice", new StringSerializer(), new StringSerializer(), "k", "v");
        assertThat(kafka.consume("testkit.twice", new StringDeserializer(), new StringDeserializer(), 1, TIMEOUT)).hasSize(1);
    }

    @Test
    void consumingMoreThanArrivedFailsWithWhatDidArrive(KafkaBroker kafka) {
        kafka.createTopic("testkit.short", 1);
        kafka.send("testkit.short", new StringSerializer(), new StringSerializer(), "k", "only");

        assertThatThrownBy(() -> kafka.consume("testkit.short", new StringDeserializer(), new StringDeserializer(), 2,
                Duration.ofSeconds(2)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("got 1");
    }
}

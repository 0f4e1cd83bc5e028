package dev.vigil.testkit.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KafkaClusterIntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Duration SHORT = Duration.ofSeconds(5);

    private static KafkaCluster cluster;

    @BeforeAll
    static void startCluster() {
        cluster = KafkaCluster.start(3);
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }

    @AfterEach
    void everyNodeRunsAgain() {
        cluster.brokers().forEach(broker -> {
            if (broker.isPaused()) {
                broker.resume();
            }
        });
        cluster.controller().start();
        cluster.brokers().forEach(KafkaNode::start);
        cluster.awaitBrokers(cluster.brokers());
    }

    @Test
    void topicsAreReplicatedAsInProduction() throws Exception {
        cluster.createTopic("cluster.replicated", 2);

        try (var admin = cluster.admin()) {
            var description = admin.describeTopics(Set.of("cluster.replicated")).allTopicNames().get()
                    .get("cluster.replicated");
            assertThat(description.partitions()).allSatisfy(partition -> assertThat(partition.replicas()).hasSize(3));
        }
    }

    @Test
    void anAcknowledgedRecordSurvivesTheSigkillOfItsLeader() {
        cluster.createTopic("cluster.killed-leader", 1);
        cluster.send("cluster.killed-leader", new StringSerializer(), new StringSerializer(), "monitor-1", "down");

        KafkaNode leader = cluster.leaderOf("cluster.killed-leader", 0);
        leader.kill();

        assertThat(leader.isRunning()).isFalse();
        assertThat(cluster.consume("cluster.killed-leader", new StringDeserializer(), new StringDeserializer(), 1,
                TIMEOUT)).singleElement().satisfies(record -> assertThat(record.value()).isEqualTo("down"));
    }

    @Test
    void writesWaitForTwoInSyncReplicasAndSucceedOnceASecondBrokerReturns() throws Exception {
        cluster.createTopic("cluster.min-isr", 1);
        cluster.send("cluster.min-isr", new StringSerializer(), new StringSerializer(), "k", "before");
        KafkaNode survivor = cluster.leaderOf("cluster.min-isr", 0);
        var others = cluster.brokers().stream().filter(broker -> broker != survivor).toList();
        others.forEach(KafkaNode::kill);
        // Until the controller fences the dead brokers they still count as in sync, and a write would wait for them.
        awaitInSyncReplicas("cluster.min-isr", 1);

        assertThatThrownBy(() -> sendWithin(SHORT, "during")).isInstanceOf(ExecutionException.class);

        others.getFirst().start();
        cluster.awaitBrokers(List.of(survivor, others.getFirst()));
        cluster.send("cluster.min-isr", new StringSerializer(), new StringSerializer(), "k", "after");
        assertThat(cluster.consume("cluster.min-isr", new StringDeserializer(), new StringDeserializer(), 2, TIMEOUT))
                .extracting(record -> record.value()).containsExactly("before", "after");
    }

    @Test
    void aPausedBrokerIsAliveButAnswersNothingUntilResumed() {
        KafkaNode broker = cluster.broker(1);
        broker.pause();

        assertThat(broker.isRunning()).isTrue();
        assertThat(answersWithin(broker, SHORT)).isFalse();

        broker.resume();
        assertThat(answersWithin(broker, TIMEOUT)).isTrue();
    }

    @Test
    void aBrokerServesAgainAfterTheControllerBounced() {
        cluster.createTopic("cluster.controller-bounce", 1);
        cluster.controller().kill();
        cluster.controller().start();

        cluster.send("cluster.controller-bounce", new StringSerializer(), new StringSerializer(), "k", "v");
        assertThat(cluster.consume("cluster.controller-bounce", new StringDeserializer(), new StringDeserializer(), 1,
                TIMEOUT)).hasSize(1);
    }

    private static void awaitInSyncReplicas(String topic, int count) {
        Awaitility.await(topic + " shrunk to " + count + " in-sync replicas").atMost(TIMEOUT).ignoreExceptions()
                .until(() -> {
                    try (var admin = cluster.admin()) {
                        return admin.describeTopics(Set.of(topic)).allTopicNames().get().get(topic).partitions()
                                .getFirst().isr().size() == count;
                    }
                });
    }

    /** A TCP connect would succeed even while paused (the kernel accepts it); only a Kafka answer proves life. */
    private static boolean answersWithin(KafkaNode broker, Duration timeout) {
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + broker.port(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis()))) {
            admin.describeCluster().clusterId().get(timeout.multipliedBy(2).toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static void sendWithin(Duration timeout, String value) throws Exception {
        Properties properties = cluster.producerProperties();
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis() / 2);
        try (var producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("cluster.min-isr", "k", value))
                    .get(timeout.multipliedBy(2).toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}

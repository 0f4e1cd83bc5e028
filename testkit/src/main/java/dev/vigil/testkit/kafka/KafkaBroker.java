package dev.vigil.testkit.kafka;

import java.time.Duration;
import dev.vigil.contracts.topic.Topic;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A real single-node KRaft Kafka broker inside the test JVM, started on first use and shared by
 * every test class of the JVM, with helpers that keep tests free of client boilerplate.
 */
public final class KafkaBroker {

    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);
    private static final int DEFAULT_PARTITIONS = 1;
    private static final short REPLICATION_FACTOR = 1;

    private final EmbeddedKafkaKraftBroker broker;

    private KafkaBroker(EmbeddedKafkaKraftBroker broker) {
        this.broker = broker;
    }

    /** The JVM's broker, started by the first caller. */
    public static KafkaBroker shared() {
        return Holder.INSTANCE;
    }

    public String bootstrapServers() {
        return broker.getBrokersAsString();
    }

    public Map<String, String> springProperties() {
        return Map.of("spring.kafka.bootstrap-servers", bootstrapServers());
    }

    /** Creates the topics that do not exist yet; existing ones are left as they are. */
    public void createTopics(Collection<NewTopic> topics) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            for (NewTopic topic : topics) {
                awaitIgnoringExisting(admin.createTopics(List.of(topic)).all());
            }
        }
    }

    /** Creates catalog topics as deployed: their partition counts and cleanup settings, one replica. */
    public void createTopics(Topic<?, ?>... topics) {
        createTopics(Arrays.stream(topics)
                .map(topic -> new NewTopic(topic.name(), topic.partitions(), REPLICATION_FACTOR).configs(topic.configs()))
                .toList());
    }

    public <K, V> RecordMetadata send(Topic<K, V> topic, @Nullable K key, @Nullable V value) {
        return send(topic.name(), topic.keySerde().serializer(), topic.valueSerde().serializer(), key, value);
    }

    public <K, V> List<ConsumerRecord<K, V>> consume(Topic<K, V> topic, int count, Duration timeout) {
        return consume(topic.name(), topic.keySerde().deserializer(), topic.valueSerde().deserializer(), count, timeout);
    }

    public void createTopic(String name, int partitions) {
        createTopics(List.of(new NewTopic(name, partitions, REPLICATION_FACTOR)));
    }

    /** Sends one record and waits until the broker acknowledged it. */
    public <K, V> RecordMetadata send(String topic, Serializer<K> keySerializer, Serializer<V> valueSerializer,
            @Nullable K key, @Nullable V value) {
        try (var producer = new KafkaProducer<>(producerProperties(), keySerializer, valueSerializer)) {
            return producer.send(new ProducerRecord<>(topic, key, value)).get(CLIENT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not send to " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending to " + topic, e);
        }
    }

    /**
     * Reads the topic from the beginning, committed records only, until at least {@code count}
     * records arrived; fails naming what did arrive when the timeout passes first.
     */
    public <K, V> List<ConsumerRecord<K, V>> consume(String topic, Deserializer<K> keyDeserializer,
            Deserializer<V> valueDeserializer, int count, Duration timeout) {
        List<ConsumerRecord<K, V>> received = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (var consumer = new KafkaConsumer<>(consumerProperties("testkit-" + UUID.randomUUID()), keyDeserializer,
                valueDeserializer)) {
            consumer.subscribe(List.of(topic));
            while (received.size() < count && System.nanoTime() < deadline) {
                consumer.poll(POLL_INTERVAL).forEach(received::add);
            }
        }
        if (received.size() < count) {
            throw new AssertionError("Expected at least %d records on %s within %s but got %d: %s"
                    .formatted(count, topic, timeout, received.size(), received));
        }
        return received;
    }

    public Properties producerProperties() {
        var properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return properties;
    }

    public Properties consumerProperties(String groupId) {
        var properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return properties;
    }

    private static void awaitIgnoringExisting(org.apache.kafka.common.KafkaFuture<Void> creation) {
        try {
            creation.get(CLIENT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Could not create topic", e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("Topic creation timed out", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topic", e);
        }
    }

    private static final class Holder {
        private static final KafkaBroker INSTANCE = start();

        private static KafkaBroker start() {
            var broker = new EmbeddedKafkaKraftBroker(1, DEFAULT_PARTITIONS);
            broker.brokerProperties(Map.of(
                    // Topics come from the services' declarations or the tests, as in production.
                    "auto.create.topics.enable", "false",
                    // A single broker must still host the transaction log that exactly-once needs.
                    "transaction.state.log.replication.factor", "1",
                    "transaction.state.log.min.isr", "1",
                    "group.initial.rebalance.delay.ms", "0"));
            broker.afterPropertiesSet();
            Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(broker::destroy));
            return new KafkaBroker(broker);
        }
    }
}

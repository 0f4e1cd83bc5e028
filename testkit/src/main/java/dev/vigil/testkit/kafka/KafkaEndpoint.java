package dev.vigil.testkit.kafka;

import dev.vigil.contracts.topic.Topic;
import java.time.Duration;
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
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.jspecify.annotations.Nullable;

/**
 * What a test does with any Kafka it started, the in-JVM broker or a cluster of child processes: create topics as
 * deployed, send and read records, and the client settings that do so safely. Written once so both kinds behave alike.
 */
public interface KafkaEndpoint {

    Duration CLIENT_TIMEOUT = Duration.ofSeconds(30);

    String bootstrapServers();

    /** Replicas of the topics this endpoint creates: as many as it has brokers, up to the production three. */
    short replicationFactor();

    default Map<String, String> springProperties() {
        return Map.of("spring.kafka.bootstrap-servers", bootstrapServers());
    }

    default Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
    }

    /** Creates the topics that do not exist yet; existing ones are left as they are. */
    default void createTopics(Collection<NewTopic> topics) {
        try (Admin admin = admin()) {
            for (NewTopic topic : topics) {
                awaitIgnoringExisting(admin.createTopics(List.of(topic)).all());
            }
        }
    }

    /** Creates catalog topics as deployed: their partition counts and cleanup settings. */
    default void createTopics(Topic<?, ?>... topics) {
        createTopics(Arrays.stream(topics)
                .map(topic -> new NewTopic(topic.name(), topic.partitions(), replicationFactor())
                        .configs(topic.configs()))
                .toList());
    }

    default void createTopic(String name, int partitions) {
        createTopics(List.of(new NewTopic(name, partitions, replicationFactor())));
    }

    default <K, V> RecordMetadata send(Topic<K, V> topic, @Nullable K key, @Nullable V value) {
        return send(topic.name(), topic.keySerde().serializer(), topic.valueSerde().serializer(), key, value);
    }

    default <K, V> List<ConsumerRecord<K, V>> consume(Topic<K, V> topic, int count, Duration timeout) {
        return consume(topic.name(), topic.keySerde().deserializer(), topic.valueSerde().deserializer(), count,
                timeout);
    }

    /** Sends one record and waits until the broker acknowledged it. */
    default <K, V> RecordMetadata send(String topic, Serializer<K> keySerializer, Serializer<V> valueSerializer,
            @Nullable K key, @Nullable V value) {
        try (var producer = new KafkaProducer<>(producerProperties(), keySerializer, valueSerializer)) {
            return producer.send(new ProducerRecord<>(topic, key, value))
                    .get(CLIENT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not send to " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending to " + topic, e);
        }
    }

    /**
     * Reads the topic from the beginning, committed records only, until at least {@code count} records arrived;
     * fails naming what did arrive when the timeout passes first.
     */
    default <K, V> List<ConsumerRecord<K, V>> consume(String topic, Deserializer<K> keyDeserializer,
            Deserializer<V> valueDeserializer, int count, Duration timeout) {
        List<ConsumerRecord<K, V>> received = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (var consumer = new KafkaConsumer<>(consumerProperties("testkit-" + UUID.randomUUID()), keyDeserializer,
                valueDeserializer)) {
            consumer.subscribe(List.of(topic));
            while (received.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(100)).forEach(received::add);
            }
        }
        if (received.size() < count) {
            throw new AssertionError("Expected at least %d records on %s within %s but got %d: %s"
                    .formatted(count, topic, timeout, received.size(), received));
        }
        return received;
    }

    /**
     * Every committed record of the topic, in offset order per partition, up to the end each partition had when the
     * read began: the input an oracle recomputes from and the output it checks, as a read_committed consumer sees them.
     */
    default <K, V> List<ConsumerRecord<K, V>> readCommitted(Topic<K, V> topic) {
        List<ConsumerRecord<K, V>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(consumerProperties("testkit-" + UUID.randomUUID()),
                topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), CLIENT_TIMEOUT).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, CLIENT_TIMEOUT);
            long deadline = System.nanoTime() + CLIENT_TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Could not read %s up to %s within %s".formatted(topic.name(), ends,
                            CLIENT_TIMEOUT));
                }
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            }
        }
        return records;
    }

    default Properties producerProperties() {
        var properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return properties;
    }

    default Properties consumerProperties(String groupId) {
        var properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return properties;
    }

    private static void awaitIgnoringExisting(KafkaFuture<Void> creation) {
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
}

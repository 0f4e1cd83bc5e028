package dev.vigil.notifier;

import dev.vigil.testkit.kafka.KafkaBroker;
import dev.vigil.testkit.kafka.KafkaEndpoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.Deserializer;

/** Reads a topic from the beginning until records matching a condition arrive, for assertions on what was published. */
public final class TopicReader {

    private static final Duration POLL = Duration.ofMillis(200);

    private TopicReader() {
    }

    public static <K, V> List<ConsumerRecord<K, V>> await(String topic, Deserializer<K> keys, Deserializer<V> values,
            Predicate<ConsumerRecord<K, V>> matching, int count, Duration timeout) {
        return await(KafkaBroker.shared(), topic, keys, values, matching, count, timeout);
    }

    public static <K, V> List<ConsumerRecord<K, V>> await(KafkaEndpoint kafka, String topic, Deserializer<K> keys,
            Deserializer<V> values, Predicate<ConsumerRecord<K, V>> matching, int count, Duration timeout) {
        List<ConsumerRecord<K, V>> found = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (var consumer = new KafkaConsumer<>(kafka.consumerProperties("reader-" + UUID.randomUUID()),
                keys, values)) {
            consumer.subscribe(List.of(topic));
            while (found.size() < count && System.nanoTime() < deadline) {
                consumer.poll(POLL).forEach(record -> {
                    if (matching.test(record)) {
                        found.add(record);
                    }
                });
            }
        }
        if (found.size() < count) {
            throw new AssertionError("expected %d matching records on %s within %s, found %d"
                    .formatted(count, topic, timeout, found.size()));
        }
        return found;
    }
}

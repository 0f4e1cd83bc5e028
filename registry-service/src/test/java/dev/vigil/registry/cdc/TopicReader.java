package dev.vigil.registry.cdc;

import dev.vigil.testkit.kafka.KafkaBroker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads a topic shared with other test classes from the beginning and keeps only the records a test is about,
 * until it has them all or the time is up.
 */
public final class TopicReader {

    private static final Duration POLL = Duration.ofMillis(200);

    private TopicReader() {
    }

    /** Records whose key is one of {@code keys}, read until {@code done} accepts what arrived. */
    public static List<ConsumerRecord<byte[], byte[]>> read(String topic, Set<UUID> keys,
            Predicate<List<ConsumerRecord<byte[], byte[]>>> done, Duration timeout) {
        List<ConsumerRecord<byte[], byte[]>> received = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        var properties = KafkaBroker.shared().consumerProperties("test-" + UUID.randomUUID());
        try (var consumer = new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            while (!done.test(received) && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    if (keys.contains(UUID.fromString(text(record.key())))) {
                        received.add(record);
                    }
                }
            }
        }
        if (!done.test(received)) {
            throw new AssertionError("Timed out on %s with %d matching records".formatted(topic, received.size()));
        }
        return received;
    }

    public static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null) {
            throw new AssertionError("Record without header " + name);
        }
        return text(header.value());
    }

    public static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}

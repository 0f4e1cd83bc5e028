package dev.vigil.scheduler;

import dev.vigil.contracts.probe.ProbeRequest;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.testkit.kafka.KafkaBroker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads the probe requests written after it was created, from every partition, so tests can assert on what the
 * scheduler really published. Used from the test thread only (inside Awaitility conditions).
 */
final class ProbeRequestRecorder implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);
    /** Bounded, because a steady stream of requests never leaves an empty poll to stop at. */
    private static final int POLLS_PER_READ = 20;

    private final Consumer<UUID, ProbeRequest> consumer;
    private final List<ConsumerRecord<UUID, ProbeRequest>> received = new ArrayList<>();

    ProbeRequestRecorder(KafkaBroker broker) {
        consumer = new KafkaConsumer<>(broker.consumerProperties("recorder-" + UUID.randomUUID()),
                Topics.PROBE_REQUESTS.keySerde().deserializer(), Topics.PROBE_REQUESTS.valueSerde().deserializer());
        List<TopicPartition> partitions = IntStream.range(0, Topics.PROBE_REQUESTS.partitions())
                .mapToObj(p -> new TopicPartition(Topics.PROBE_REQUESTS.name(), p)).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }

    /** Everything received so far that matches, after reading what has arrived since the last call. */
    List<ConsumerRecord<UUID, ProbeRequest>> records(Predicate<UUID> monitorIds) {
        for (int i = 0; i < POLLS_PER_READ; i++) {
            var batch = consumer.poll(POLL);
            if (batch.isEmpty()) {
                break;
            }
            batch.forEach(received::add);
        }
        return received.stream().filter(record -> monitorIds.test(record.key())).toList();
    }

    List<ProbeRequest> requests(Predicate<UUID> monitorIds) {
        return records(monitorIds).stream().map(ConsumerRecord::value).toList();
    }

    @Override
    public void close() {
        consumer.close();
    }
}

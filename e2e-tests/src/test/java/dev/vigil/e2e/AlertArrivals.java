package dev.vigil.e2e;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.testkit.kafka.KafkaEndpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

/**
 * When each alert of some monitors became visible to a {@code read_committed} reader of {@code vigil.alerts.v1}, by
 * the test's clock. A record's own timestamp cannot say this: analytics stamps alerts with the event time of the result
 * that raised them, which for a backlog processed after a failover lies in the outage.
 */
final class AlertArrivals implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);

    private final Set<UUID> monitors;
    private final Map<UUID, List<Instant>> arrivalsByMonitor = new ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final KafkaConsumer<UUID, Alert> consumer;
    private final Thread reader;

    private AlertArrivals(KafkaEndpoint kafka, Set<UUID> monitors) {
        this.monitors = Set.copyOf(monitors);
        this.consumer = new KafkaConsumer<>(kafka.consumerProperties("fault-arrivals-" + UUID.randomUUID()),
                Topics.ALERTS.keySerde().deserializer(), Topics.ALERTS.valueSerde().deserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.ALERTS.name()).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        this.reader = Thread.ofPlatform().name("fault-alert-arrivals").start(this::read);
    }

    /** Starts watching from the end of the topic: only alerts committed from now on are noted. */
    static AlertArrivals watch(KafkaEndpoint kafka, Set<UUID> monitors) {
        return new AlertArrivals(kafka, monitors);
    }

    private void read() {
        try {
            while (running.get()) {
                for (ConsumerRecord<UUID, Alert> record : consumer.poll(POLL)) {
                    Alert alert = record.value();
                    if (alert != null && monitors.contains(alert.monitorId())) {
                        arrivalsByMonitor.computeIfAbsent(alert.monitorId(), id -> new CopyOnWriteArrayList<>())
                                .add(Instant.now());
                    }
                }
            }
        } catch (WakeupException e) {
            // close() ends the watch
        } finally {
            consumer.close();
        }
    }

    /** The monitors with an alert seen at or after {@code from}. */
    Set<UUID> alertedSince(Instant from) {
        return Set.copyOf(monitors.stream().filter(monitor -> firstArrivalSince(monitor, from).isPresent()).toList());
    }

    /**
     * How long, from {@code from}, the slowest monitor went until one of its alerts was visible: with every monitor
     * flapping, the time alerts took to flow again for all of them.
     */
    Duration longestWaitSince(Instant from) {
        return monitors.stream()
                .map(monitor -> firstArrivalSince(monitor, from).map(at -> Duration.between(from, at))
                        .orElseThrow(() -> new AssertionError("no alert of monitor " + monitor + " since " + from)))
                .max(Duration::compareTo).orElse(Duration.ZERO);
    }

    private Optional<Instant> firstArrivalSince(UUID monitor, Instant from) {
        return arrivalsByMonitor.getOrDefault(monitor, List.of()).stream().filter(at -> !at.isBefore(from)).findFirst();
    }

    @Override
    public void close() {
        running.set(false);
        consumer.wakeup();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

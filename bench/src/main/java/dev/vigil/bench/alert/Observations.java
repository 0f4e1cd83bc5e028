package dev.vigil.bench.alert;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.alert.AlertType;
import dev.vigil.contracts.probe.ProbeResult;
import dev.vigil.contracts.topic.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/**
 * What the benchmark sees of the pipeline, as a downstream consumer would: every probe result, and every alert with
 * the instant it became readable (read_committed, so only after analytics' transaction committed).
 */
final class Observations implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(20);

    record FailureStreak(Alert alert, Instant received) {
    }

    private final Map<UUID, List<ProbeResult>> results = new ConcurrentHashMap<>();
    private final Map<UUID, FailureStreak> streaks = new ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new CopyOnWriteArrayList<>();

    static Observations start(String bootstrap) {
        var observations = new Observations();
        observations.threads.add(Thread.ofPlatform().daemon().name("results").start(() -> observations.readResults(
                bootstrap)));
        observations.threads.add(Thread.ofPlatform().daemon().name("alerts").start(() -> observations.readAlerts(
                bootstrap)));
        return observations;
    }

    List<ProbeResult> results(UUID monitor) {
        return results.getOrDefault(monitor, List.of());
    }

    Optional<FailureStreak> failureStreak(UUID monitor) {
        return Optional.ofNullable(streaks.get(monitor));
    }

    private void readResults(String bootstrap) {
        try (var consumer = new KafkaConsumer<>(settings(bootstrap), Topics.PROBE_RESULTS.keySerde().deserializer(),
                Topics.PROBE_RESULTS.valueSerde().deserializer())) {
            consumer.subscribe(List.of(Topics.PROBE_RESULTS.name()));
            while (running.get()) {
                for (ConsumerRecord<UUID, ProbeResult> record : consumer.poll(POLL)) {
                    results.computeIfAbsent(record.key(), key -> new CopyOnWriteArrayList<>()).add(record.value());
                }
            }
        }
    }

    private void readAlerts(String bootstrap) {
        try (var consumer = new KafkaConsumer<>(settings(bootstrap), Topics.ALERTS.keySerde().deserializer(),
                Topics.ALERTS.valueSerde().deserializer())) {
            consumer.subscribe(List.of(Topics.ALERTS.name()));
            while (running.get()) {
                for (ConsumerRecord<UUID, Alert> record : consumer.poll(POLL)) {
                    Instant received = Instant.now();
                    if (record.value() != null && record.value().type() == AlertType.FAILURE_STREAK) {
                        streaks.putIfAbsent(record.value().monitorId(), new FailureStreak(record.value(), received));
                    }
                }
            }
        }
    }

    private static Map<String, Object> settings(String bootstrap) {
        return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "bench-alert-latency-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        for (Thread thread : threads) {
            thread.join(Duration.ofSeconds(5));
        }
    }
}

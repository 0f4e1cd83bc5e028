package dev.vigil.bench.analytics;

import dev.vigil.bench.support.MonitorSnapshots;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.contracts.probe.ProbeErrorKind;
import dev.vigil.contracts.probe.ProbeResult;
import dev.vigil.contracts.probe.ProbeTimings;
import dev.vigil.contracts.topic.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The input of the analytics run: N monitors on the monitors topic, then rounds of one result per monitor, 60 s of
 * event time apart and ending now (as a live pipeline would have produced them), with realistic timings and one
 * failure in fifty.
 */
final class ResultLoad {

    private static final double FAILURE_SHARE = 0.02;
    private static final double MEDIAN_MS = 40;
    private static final double SIGMA = 0.6;

    private ResultLoad() {
    }

    /**
     * Monitors carry a timestamp older than every result: Streams processes its inputs in timestamp order, so a
     * monitor stamped "now" would reach the table after results of the last hour and they would all be dropped as
     * results of unknown monitors.
     */
    static List<UUID> monitors(String bootstrap, int count, Instant before) {
        List<UUID> ids = new ArrayList<>(count);
        try (var producer = new KafkaProducer<>(settings(bootstrap), Topics.MONITORS.keySerde().serializer(),
                Topics.MONITORS.valueSerde().serializer())) {
            for (int i = 0; i < count; i++) {
                MonitorSnapshot snapshot = MonitorSnapshots.http(UUID.randomUUID(), i);
                ids.add(snapshot.id());
                producer.send(new ProducerRecord<>(Topics.MONITORS.name(), null, before.toEpochMilli(), snapshot.id(),
                        snapshot));
            }
            producer.flush();
        }
        return ids;
    }

    /** When the first of {@code count} results over {@code monitors} monitors starts, so the last one starts now. */
    static Instant firstResultAt(int monitors, int count) {
        int rounds = (count + monitors - 1) / monitors;
        return Instant.now().minus(Duration.ofSeconds((long) rounds * MonitorSnapshots.INTERVAL_SECONDS));
    }

    /** Produces {@code count} results from {@code first} on and returns the mean serialized value size. */
    static int results(String bootstrap, List<UUID> monitors, int count, Instant first) {
        var random = new SplittableRandom(1);
        var serializer = Topics.PROBE_RESULTS.valueSerde().serializer();
        long bytes = 0;
        try (var producer = new KafkaProducer<>(settings(bootstrap), Topics.PROBE_RESULTS.keySerde().serializer(),
                Topics.PROBE_RESULTS.valueSerde().serializer())) {
            for (int i = 0; i < count; i++) {
                UUID monitor = monitors.get(i % monitors.size());
                int round = i / monitors.size();
                Instant scheduled = first.plusSeconds((long) round * MonitorSnapshots.INTERVAL_SECONDS)
                        .plusMillis(i % monitors.size() * (MonitorSnapshots.INTERVAL_SECONDS * 1000L)
                                / monitors.size());
                ProbeResult result = result(monitor, i % monitors.size(), scheduled, random);
                if (i < monitors.size()) {
                    bytes += serializer.serialize(Topics.PROBE_RESULTS.name(), result).length;
                }
                producer.send(new ProducerRecord<>(Topics.PROBE_RESULTS.name(), monitor, result));
            }
            producer.flush();
        }
        return (int) (bytes / Math.min(count, monitors.size()));
    }

    private static ProbeResult result(UUID monitor, int index, Instant scheduled, SplittableRandom random) {
        double total = MEDIAN_MS * Math.exp(SIGMA * (random.nextDouble() * 2 - 1) * 2);
        boolean up = random.nextDouble() >= FAILURE_SHARE;
        var timings = new ProbeTimings(total * 0.05, total * 0.15, total * 0.3, total * 0.9, total);
        return new ProbeResult(monitor, "tenant-" + (index % 1000), 1, "local", "bench-prober", scheduled,
                scheduled.plusMillis(3), up, up ? 200 : 503, up ? null : ProbeErrorKind.UNEXPECTED_STATUS, timings, null,
                List.of(), up ? null : "status 503");
    }

    private static Map<String, Object> settings(String bootstrap) {
        return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024, ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    }
}

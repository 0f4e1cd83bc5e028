package dev.vigil.bench.analytics;

import dev.vigil.bench.support.MonitorSnapshots;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.contracts.probe.CertificateInfo;
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
import org.apache.kafka.common.serialization.Serdes;

/**
 * The input of the cost benchmark, shaped like production at steady state: monitors probed from three regions with a
 * quorum of two, latency thresholds and a certificate to watch, and rounds of one result per region, 60 s of event
 * time apart, produced round by round as the runs need them. One failure in fifty results.
 */
final class SteadyLoad {

    static final List<String> REGIONS = List.of("eu-west", "us-east", "ap-south");
    private static final int QUORUM = 2;
    private static final double P95_THRESHOLD_MS = 500;
    private static final double P99_THRESHOLD_MS = 1000;
    private static final Duration CERTIFICATE_LEFT = Duration.ofDays(90);
    private static final double FAILURE_SHARE = 0.02;
    private static final double MEDIAN_MS = 40;
    private static final double SIGMA = 0.6;
    private static final long REGION_SPREAD_MS = 150;

    private final String bootstrap;
    private final List<UUID> monitors;
    private final Instant firstRound;
    private final SplittableRandom random = new SplittableRandom(1);
    private int nextRound;

    private SteadyLoad(String bootstrap, List<UUID> monitors, Instant firstRound) {
        this.bootstrap = bootstrap;
        this.monitors = monitors;
        this.firstRound = firstRound;
    }

    /**
     * Publishes the monitors stamped before every result (Streams reads its inputs in timestamp order, so a monitor
     * stamped later would reach the table after its results), the first round starting {@code firstRound}.
     */
    static SteadyLoad publish(String bootstrap, int count, Instant firstRound) {
        List<UUID> ids = new ArrayList<>(count);
        try (var producer = new KafkaProducer<>(settings(bootstrap), Topics.MONITORS.keySerde().serializer(),
                Topics.MONITORS.valueSerde().serializer())) {
            for (int i = 0; i < count; i++) {
                MonitorSnapshot snapshot = monitor(UUID.randomUUID(), i);
                ids.add(snapshot.id());
                producer.send(new ProducerRecord<>(Topics.MONITORS.name(), null,
                        firstRound.minus(Duration.ofHours(1)).toEpochMilli(), snapshot.id(), snapshot));
            }
        }
        return new SteadyLoad(bootstrap, ids, firstRound);
    }

    static MonitorSnapshot monitor(UUID id, int i) {
        MonitorSnapshot http = MonitorSnapshots.http(id, i);
        return new MonitorSnapshot(id, http.tenant(), http.name(), http.check(), http.intervalSeconds(),
                http.failureThreshold(), http.recoveryThreshold(), null, http.slaTargetPercent(), P95_THRESHOLD_MS,
                P99_THRESHOLD_MS, http.tlsExpiryWarningDays(), REGIONS, QUORUM, List.of(), true, http.version(),
                http.updatedAt());
    }

    List<UUID> monitors() {
        return monitors;
    }

    int resultsPerRound() {
        return monitors.size() * REGIONS.size();
    }

    /** Produces the next {@code rounds} rounds and returns the mean serialized size of a result. */
    int produceRounds(int rounds) {
        var serializer = Topics.PROBE_RESULTS.valueSerde().serializer();
        long bytes = 0;
        long count = 0;
        try (var producer = new KafkaProducer<>(settings(bootstrap), Topics.PROBE_RESULTS.keySerde().serializer(),
                Serdes.ByteArray().serializer())) {
            for (int r = 0; r < rounds; r++, nextRound++) {
                Instant round = firstRound.plusSeconds((long) nextRound * MonitorSnapshots.INTERVAL_SECONDS);
                for (int m = 0; m < monitors.size(); m++) {
                    Instant scheduled = round.plusMillis(
                            m * (MonitorSnapshots.INTERVAL_SECONDS * 1000L) / monitors.size());
                    for (int region = 0; region < REGIONS.size(); region++) {
                        byte[] value = serializer.serialize(Topics.PROBE_RESULTS.name(),
                                result(monitors.get(m), m, REGIONS.get(region), scheduled,
                                        scheduled.plusMillis(region * REGION_SPREAD_MS)));
                        bytes += value.length;
                        count++;
                        producer.send(new ProducerRecord<>(Topics.PROBE_RESULTS.name(), monitors.get(m), value));
                    }
                }
            }
        }
        return (int) (bytes / Math.max(1, count));
    }

    /**
     * The reference topology's input: as many records as asked, the same keys and record size as the results, their
     * timestamps on the same 60 s rounds so its windows close as Vigil's do.
     */
    void produceReference(String topic, int records, int recordBytes) {
        byte[] value = new byte[recordBytes];
        try (var producer = new KafkaProducer<>(settings(bootstrap), Serdes.UUID().serializer(),
                Serdes.ByteArray().serializer())) {
            for (int i = 0; i < records; i++) {
                int m = i % monitors.size();
                long at = firstRound.toEpochMilli() + (long) (i / monitors.size()) * MonitorSnapshots.INTERVAL_SECONDS
                        * 1000L + m * (MonitorSnapshots.INTERVAL_SECONDS * 1000L) / monitors.size();
                producer.send(new ProducerRecord<>(topic, null, at, monitors.get(m), value));
            }
        }
    }

    /**
     * Writes {@code entry} as every monitor's health entry into the health store's changelog, where a fresh instance
     * restores it from before it reads its first result.
     */
    void preloadHealth(String changelog, byte[] entry) {
        try (var producer = new KafkaProducer<>(settings(bootstrap), Serdes.UUID().serializer(),
                Serdes.ByteArray().serializer())) {
            for (UUID monitor : monitors) {
                producer.send(new ProducerRecord<>(changelog, monitor, entry));
            }
        }
    }

    private ProbeResult result(UUID monitor, int index, String region, Instant scheduled, Instant started) {
        double total = MEDIAN_MS * Math.exp(SIGMA * (random.nextDouble() * 2 - 1) * 2);
        boolean up = random.nextDouble() >= FAILURE_SHARE;
        var timings = new ProbeTimings(total * 0.05, total * 0.15, total * 0.3, total * 0.9, total);
        var certificate = new CertificateInfo(started.plus(CERTIFICATE_LEFT), "Bench CA", "service-" + index);
        return new ProbeResult(monitor, "tenant-" + (index % 1000), 1, region, "bench-prober-" + region, scheduled,
                started, up, up ? 200 : 503, up ? null : ProbeErrorKind.UNEXPECTED_STATUS, timings, certificate,
                List.of(), up ? null : "status 503");
    }

    /**
     * Not idempotent: the embedded broker answers the first batches to a partition it is still taking over with
     * NOT_LEADER, and the idempotent producer's retries then loop on out-of-order sequence errors and lose the batch.
     */
    private static Map<String, Object> settings(String bootstrap) {
        return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024, ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false);
    }
}

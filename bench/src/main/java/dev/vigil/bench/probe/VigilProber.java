package dev.vigil.bench.probe;

import dev.vigil.bench.support.Child;
import dev.vigil.bench.support.Machine;
import dev.vigil.bench.support.Scrape;
import dev.vigil.contracts.monitor.CheckKind;
import dev.vigil.contracts.monitor.CheckSpec;
import dev.vigil.contracts.monitor.HttpCheck;
import dev.vigil.contracts.monitor.HttpMethod;
import dev.vigil.contracts.probe.ProbeRequest;
import dev.vigil.contracts.secret.Sealer;
import dev.vigil.contracts.topic.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Vigil's side: the probe-service executable jar as a child process with the given in-flight limit, a consumer group
 * of its own (so it reads the queued requests from the start), results produced to the real broker. Its rate is its
 * own {@code vigil.probe.probes} counter; its CPU is its process's from /proc, so the broker (in the benchmark JVM)
 * is not counted.
 */
final class VigilProber {

    private static final String PROBES = "vigil_probe_probes_total";
    private static final Duration START_LIMIT = Duration.ofMinutes(2);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final int TIMEOUT_MS = 5000;

    private VigilProber() {
    }

    static void queue(String bootstrap, String url, int count) {
        Instant now = Instant.now();
        var check = new CheckSpec(CheckKind.HTTP, url, TIMEOUT_MS,
                new HttpCheck(HttpMethod.GET, Map.of(), null, List.of(), true, HttpCheck.DEFAULT_MAX_BODY_BYTES),
                null, List.of(), null, null);
        Map<String, Object> settings = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        try (var producer = new KafkaProducer<>(settings, Topics.PROBE_REQUESTS.keySerde().serializer(),
                Topics.PROBE_REQUESTS.valueSerde().serializer())) {
            for (int i = 0; i < count; i++) {
                UUID monitor = UUID.randomUUID();
                producer.send(new ProducerRecord<>(Topics.PROBE_REQUESTS.name(), monitor, new ProbeRequest(monitor,
                        "bench", 1, "local", now, now.plus(Duration.ofHours(1)), check)));
            }
            producer.flush();
        }
    }

    static Measurement measure(Path jar, Path logs, String bootstrap, int inFlight, Duration warmUp,
            Duration measured) throws InterruptedException {
        return measure(jar, logs, bootstrap, inFlight, warmUp, measured, List.of());
    }

    /** With extra JVM options, e.g. a JFR recording for a profiling run that is not part of the comparison. */
    static Measurement measure(Path jar, Path logs, String bootstrap, int inFlight, Duration warmUp,
            Duration measured, List<String> extraJvmOptions) throws InterruptedException {
        int port = Scrape.freePort();
        List<String> jvm = new ArrayList<>(List.of("-Xmx1g"));
        jvm.addAll(extraJvmOptions);
        try (Child service = Child.serviceJar(jar, jvm, Map.of(
                "spring.kafka.bootstrap-servers", bootstrap,
                "vigil.probe.max-in-flight", Integer.toString(inFlight),
                "vigil.probe.intake.group-id", "bench-" + inFlight + "-" + UUID.randomUUID(),
                "vigil.probe.egress.allowed-cidrs", "127.0.0.0/8",
                "vigil.probe.check-secret-key", Sealer.newBase64Key(),
                "server.port", Integer.toString(port),
                "server.address", "127.0.0.1",
                "logging.level.root", "warn",
                "spring.main.banner-mode", "off"), logs.resolve("probe-service-" + inFlight + ".log"))) {
            long deadline = System.nanoTime() + START_LIMIT.toNanos();
            while (Scrape.sum(port, PROBES).orElse(0) == 0) {
                if (System.nanoTime() > deadline || !service.isAlive()) {
                    throw new IllegalStateException("probe-service probed nothing; see " + service.log());
                }
                Thread.sleep(POLL);
            }
            Thread.sleep(warmUp);
            double probesBefore = Scrape.sum(port, PROBES).orElseThrow();
            double cpuBefore = service.cpuSeconds();
            long started = System.nanoTime();
            Thread.sleep(measured);
            double probes = Scrape.sum(port, PROBES).orElseThrow() - probesBefore;
            double cpu = service.cpuSeconds() - cpuBefore;
            double seconds = (System.nanoTime() - started) / 1e9;
            return new Measurement("vigil-probe", inFlight, probes / seconds, cpu, (long) probes,
                    service.peakRssBytes(), 0, Machine.loadAverage());
        }
    }
}

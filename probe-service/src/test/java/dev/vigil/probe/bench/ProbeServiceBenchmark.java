package dev.vigil.probe.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.vigil.contracts.probe.ProbeRequest;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.probe.ProbeApplication;
import dev.vigil.probe.support.Checks;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Probes per second and CPU of one probe-service instance (the real application: consumer, probes on virtual
 * threads, producer, commits) against a loopback HTTP target with a fresh connection per probe, at several
 * in-flight limits. Broker and target run in a child JVM, so the process CPU time measured here is the service's.
 *
 * <p>Arguments: seconds measured per run (default 20), requests queued beforehand (default 150000), in-flight
 * limits (default 16 64 256).
 */
public final class ProbeServiceBenchmark {

    private static final Duration WARM_UP = Duration.ofSeconds(5);
    private static final Duration GROUP_JOIN_LIMIT = Duration.ofMinutes(2);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final String PROBES = "vigil.probe.probes";

    private ProbeServiceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int queued = args.length > 1 ? Integer.parseInt(args[1]) : 150_000;
        List<Integer> limits = args.length > 2
                ? List.of(args).subList(2, args.length).stream().map(Integer::parseInt).toList()
                : List.of(16, 64, 256);
        Process infrastructure = startInfrastructure();
        try {
            var ready = new BufferedReader(new InputStreamReader(infrastructure.getInputStream(),
                    StandardCharsets.UTF_8));
            String[] line = awaitReady(ready);
            Thread.ofPlatform().daemon().name("infrastructure-output").start(() -> drain(ready));
            String bootstrap = line[1];
            String url = "http://127.0.0.1:" + line[2] + "/";
            queue(bootstrap, url, queued);
            System.out.printf("%d requests queued; %d s per run after %d s warm-up; %d cores%n", queued, seconds,
                    WARM_UP.toSeconds(), Runtime.getRuntime().availableProcessors());
            System.out.println("in-flight  probes/s  cpu-ms/probe  cpu-cores-busy");
            for (int limit : limits) {
                run(bootstrap, limit, Duration.ofSeconds(seconds));
            }
        } finally {
            infrastructure.getOutputStream().close();
            infrastructure.waitFor(30, TimeUnit.SECONDS);
            infrastructure.destroy();
        }
        System.exit(0);
    }

    private static void run(String bootstrap, int limit, Duration measured) throws InterruptedException {
        ConfigurableApplicationContext service = SpringApplication.run(ProbeApplication.class,
                "--spring.kafka.bootstrap-servers=" + bootstrap,
                "--vigil.probe.max-in-flight=" + limit,
                "--vigil.probe.intake.group-id=bench-" + limit + "-" + UUID.randomUUID(),
                "--vigil.probe.egress.allowed-cidrs=127.0.0.0/8",
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=warn");
        try {
            MeterRegistry meters = service.getBean(MeterRegistry.class);
            awaitFirstProbe(meters);
            Thread.sleep(WARM_UP);
            var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            double probesBefore = probes(meters);
            long cpuBefore = os.getProcessCpuTime();
            long start = System.nanoTime();
            Thread.sleep(measured);
            double probes = probes(meters) - probesBefore;
            double cpuMs = (os.getProcessCpuTime() - cpuBefore) / 1e6;
            double wallMs = (System.nanoTime() - start) / 1e6;
            System.out.printf("%9d  %8.0f  %12.3f  %14.2f%n", limit, probes / (wallMs / 1000), cpuMs / probes,
                    cpuMs / wallMs);
        } finally {
            service.close();
        }
    }

    /** Joining the consumer group (and, the first time, creating the offsets topic) takes a while; not measured. */
    private static void awaitFirstProbe(MeterRegistry meters) {
        Awaitility.await("first probe").atMost(GROUP_JOIN_LIMIT).pollInterval(POLL).until(() -> probes(meters) > 0);
    }

    private static double probes(MeterRegistry meters) {
        return meters.find(PROBES).counters().stream().mapToDouble(Counter::count).sum();
    }

    private static void queue(String bootstrap, String url, int count) {
        Instant now = Instant.now();
        Map<String, Object> settings = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        try (var producer = new KafkaProducer<>(settings, Topics.PROBE_REQUESTS.keySerde().serializer(),
                Topics.PROBE_REQUESTS.valueSerde().serializer())) {
            for (int i = 0; i < count; i++) {
                UUID monitor = UUID.randomUUID();
                producer.send(new ProducerRecord<>(Topics.PROBE_REQUESTS.name(), monitor, new ProbeRequest(monitor,
                        "bench", 1, "local", now, now.plus(Duration.ofHours(1)), Checks.http(url))));
            }
            producer.flush();
        }
    }

    private static Process startInfrastructure() throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                BenchInfrastructure.class.getName())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /** The broker logs to standard output; a pipe nobody reads would fill up and stall it. */
    private static void drain(BufferedReader output) {
        try {
            while (output.readLine() != null) {
                continue;
            }
        } catch (IOException closed) {
            return;
        }
    }

    private static String[] awaitReady(BufferedReader output) throws IOException {
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.startsWith("READY ")) {
                return line.split(" ");
            }
        }
        throw new IllegalStateException("benchmark infrastructure exited before it was ready");
    }
}

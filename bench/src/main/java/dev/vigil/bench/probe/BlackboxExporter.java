package dev.vigil.bench.probe;

import dev.vigil.bench.support.Child;
import dev.vigil.bench.support.Machine;
import dev.vigil.bench.support.Scrape;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * The peer: the Debian {@code prometheus-blackbox-exporter} with module http_2xx, driven the way Prometheus would
 * drive it (GET /probe per probe) by a closed loop of N concurrent callers; each probe opens a fresh connection to
 * the target, as Vigil's does.
 */
final class BlackboxExporter {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

    private BlackboxExporter() {
    }

    static Measurement measure(Path directory, String target, int inFlight, Duration warmUp, Duration measured)
            throws IOException, InterruptedException {
        int port = Scrape.freePort();
        Files.createDirectories(directory);
        Path config = directory.resolve("blackbox.yml");
        Files.writeString(config, """
                modules:
                  http_2xx:
                    prober: http
                    timeout: 5s
                    http:
                      preferred_ip_protocol: ip4
                """);
        try (Child exporter = Child.start(List.of("prometheus-blackbox-exporter", "--config.file=" + config,
                "--web.listen-address=127.0.0.1:" + port), directory.resolve("exporter-" + inFlight + ".log"))) {
            URI probe = URI.create("http://127.0.0.1:" + port + "/probe?module=http_2xx&target="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(CALL_TIMEOUT).build();
            awaitUp(http, probe);
            var succeeded = new LongAdder();
            var failed = new LongAdder();
            var running = new AtomicBoolean(true);
            List<Thread> callers = new ArrayList<>();
            for (int i = 0; i < inFlight; i++) {
                callers.add(Thread.ofVirtual().start(() -> callUntilStopped(http, probe, running, succeeded, failed)));
            }
            Thread.sleep(warmUp);
            long probesBefore = succeeded.sum();
            double cpuBefore = exporter.cpuSeconds();
            long started = System.nanoTime();
            Thread.sleep(measured);
            long probes = succeeded.sum() - probesBefore;
            double cpu = exporter.cpuSeconds() - cpuBefore;
            double seconds = (System.nanoTime() - started) / 1e9;
            running.set(false);
            for (Thread caller : callers) {
                caller.join(CALL_TIMEOUT.toMillis());
            }
            return new Measurement("blackbox-exporter", inFlight, probes / seconds, cpu, probes,
                    exporter.peakRssBytes(), failed.sum(), Machine.loadAverage());
        }
    }

    private static void callUntilStopped(HttpClient http, URI probe, AtomicBoolean running, LongAdder succeeded,
            LongAdder failed) {
        var request = HttpRequest.newBuilder(probe).timeout(CALL_TIMEOUT).GET().build();
        while (running.get()) {
            try {
                String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
                (body.contains("\nprobe_success 1") ? succeeded : failed).increment();
            } catch (IOException e) {
                failed.increment();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void awaitUp(HttpClient http, URI probe) throws InterruptedException {
        long deadline = System.nanoTime() + CALL_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(probe).GET().build(), HttpResponse.BodyHandlers.ofString())
                        .body().contains("probe_success 1")) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(Duration.ofMillis(100));
            }
        }
        throw new IllegalStateException("the Blackbox exporter did not answer a successful probe");
    }
}

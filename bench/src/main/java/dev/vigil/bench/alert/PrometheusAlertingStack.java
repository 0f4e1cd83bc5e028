package dev.vigil.bench.alert;

import dev.vigil.bench.support.Child;
import dev.vigil.bench.support.Scrape;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The peer of issue 9 #2 as its users tune it for speed: the Debian Blackbox exporter (http_2xx), Prometheus
 * scraping it every second with the rule {@code probe_success == 0} held {@code for: 2s} (three failed probes, like
 * Vigil's threshold 3 at 1 s) and Alertmanager (group_wait and group_interval 1 s) posting to a webhook receiver.
 * Each runs as a child process on a free loopback port with its configuration and storage under the work directory;
 * the probed targets come from a file_sd file, so each trial can probe a fresh target as Vigil's trials do.
 */
final class PrometheusAlertingStack implements AutoCloseable {

    static final String PROMETHEUS = "prometheus";
    static final String ALERTMANAGER = "prometheus-alertmanager";
    static final String BLACKBOX_EXPORTER = "prometheus-blackbox-exporter";
    static final String RULE = "probe_success == 0, for: 2s";
    private static final Duration READY_LIMIT = Duration.ofMinutes(1);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path targets;
    private final List<Child> processes = new ArrayList<>();

    private PrometheusAlertingStack(Path targets) {
        this.targets = targets;
    }

    /** The three Debian binaries all on the PATH, or the ones missing. */
    static List<String> missingBinaries() {
        List<String> path = List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator));
        return Stream.of(PROMETHEUS, ALERTMANAGER, BLACKBOX_EXPORTER)
                .filter(binary -> path.stream().noneMatch(dir -> Files.isExecutable(Path.of(dir, binary))))
                .toList();
    }

    static PrometheusAlertingStack start(Path work, String webhookUrl) throws IOException, InterruptedException {
        Files.createDirectories(work);
        var stack = new PrometheusAlertingStack(work.resolve("targets.json"));
        try {
            stack.watchNothing();
            int exporter = Scrape.freePort();
            stack.start(work, "blackbox-exporter", exporter, "/-/healthy", List.of(BLACKBOX_EXPORTER,
                    "--config.file=" + write(work, "blackbox.yml", blackboxConfig()),
                    // The module's 800 ms timeout (Vigil's) applies whole: 1 s scrape timeout minus this offset.
                    "--timeout-offset=0.1", "--web.listen-address=127.0.0.1:" + exporter));
            int alertmanager = Scrape.freePort();
            stack.start(work, "alertmanager", alertmanager, "/-/ready", List.of(ALERTMANAGER,
                    "--config.file=" + write(work, "alertmanager.yml", alertmanagerConfig(webhookUrl)),
                    "--storage.path=" + Files.createDirectories(work.resolve("alertmanager-data")),
                    "--web.listen-address=127.0.0.1:" + alertmanager, "--cluster.listen-address="));
            write(work, "rules.yml", rules());
            int prometheus = Scrape.freePort();
            stack.start(work, "prometheus", prometheus, "/-/ready", List.of(PROMETHEUS,
                    "--config.file=" + write(work, "prometheus.yml", prometheusConfig(stack.targets, exporter, alertmanager)),
                    "--storage.tsdb.path=" + Files.createDirectories(work.resolve("prometheus-data")),
                    "--web.listen-address=127.0.0.1:" + prometheus));
            return stack;
        } catch (IOException | InterruptedException | RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    /** Makes Prometheus probe only this URL (through the exporter); discovery picks it up within seconds. */
    void watch(String url) throws IOException {
        writeTargets("[{\"targets\": [\"" + url + "\"]}]");
    }

    void watchNothing() throws IOException {
        writeTargets("[]");
    }

    private void writeTargets(String json) throws IOException {
        Path next = targets.resolveSibling(targets.getFileName() + ".next");
        Files.writeString(next, json);
        Files.move(next, targets, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void start(Path work, String name, int port, String readyPath, List<String> command)
            throws InterruptedException {
        Child child = Child.start(command, work.resolve(name + ".log"));
        processes.add(child);
        long deadline = System.nanoTime() + READY_LIMIT.toNanos();
        while (!answers200(port, readyPath)) {
            if (System.nanoTime() > deadline || !child.isAlive()) {
                throw new IllegalStateException(name + " not ready; see " + child.log());
            }
            Thread.sleep(POLL);
        }
        System.out.printf("%s ready on port %d (pid %d)%n", name, port, child.pid());
    }

    private static boolean answers200(int port, String path) throws InterruptedException {
        try {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static Path write(Path work, String name, String text) throws IOException {
        return Files.writeString(work.resolve(name), text);
    }

    private static String blackboxConfig() {
        return """
                modules:
                  http_2xx:
                    prober: http
                    timeout: 800ms
                    http:
                      preferred_ip_protocol: ip4
                """;
    }

    private static String prometheusConfig(Path targets, int exporter, int alertmanager) {
        return """
                global:
                  scrape_interval: 1s
                  scrape_timeout: 1s
                  evaluation_interval: 1s
                rule_files: [rules.yml]
                alerting:
                  alertmanagers:
                    - static_configs: [{targets: ['127.0.0.1:%d']}]
                scrape_configs:
                  - job_name: blackbox
                    metrics_path: /probe
                    params: {module: [http_2xx]}
                    file_sd_configs: [{files: ['%s'], refresh_interval: 1s}]
                    relabel_configs:
                      - {source_labels: [__address__], target_label: __param_target}
                      - {source_labels: [__param_target], target_label: instance}
                      - {target_label: __address__, replacement: '127.0.0.1:%d'}
                """.formatted(alertmanager, targets, exporter);
    }

    private static String rules() {
        return """
                groups:
                  - name: bench
                    rules:
                      - alert: TargetDown
                        expr: probe_success == 0
                        for: 2s
                """;
    }

    private static String alertmanagerConfig(String webhookUrl) {
        return """
                route:
                  receiver: bench
                  group_by: [alertname, instance]
                  group_wait: 1s
                  group_interval: 1s
                  repeat_interval: 1h
                receivers:
                  - name: bench
                    webhook_configs: [{url: '%s', send_resolved: true}]
                """.formatted(webhookUrl);
    }

    @Override
    public void close() {
        processes.reversed().forEach(Child::close);
    }
}

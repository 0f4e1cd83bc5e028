package dev.vigil.bench.alert;

import dev.vigil.bench.support.Child;
import dev.vigil.bench.support.Scrape;
import dev.vigil.contracts.secret.Sealer;
import dev.vigil.testkit.postgres.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The alerting path of Vigil as deployed: scheduler-service, probe-service and analytics-streams from their
 * executable jars, on the benchmark's broker, each ready (readiness probe 200) before a trial starts.
 */
final class Pipeline implements AutoCloseable {

    private static final Duration READY_LIMIT = Duration.ofMinutes(3);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final List<Child> services = new ArrayList<>();

    /** The notifier's settings: its database, the channel sealing key, loopback webhooks allowed. */
    record Notifier(TestDatabase database, String sealingKey) {
    }

    /** {@code analyticsCommitInterval} empty: the service's default. */
    static Pipeline start(Path root, Path work, String bootstrap, Notifier notifier, String analyticsCommitInterval)
            throws InterruptedException {
        var pipeline = new Pipeline();
        pipeline.start(root, work, "scheduler-service", Map.of("spring.kafka.bootstrap-servers", bootstrap));
        pipeline.start(root, work, "probe-service", Map.of("spring.kafka.bootstrap-servers", bootstrap,
                "vigil.probe.egress.allowed-cidrs", "127.0.0.0/8",
                "vigil.probe.check-secret-key", Sealer.newBase64Key()));
        Map<String, String> analytics = new HashMap<>(Map.of("spring.kafka.bootstrap-servers", bootstrap,
                "vigil.analytics.state-dir", work.resolve("analytics-state-" + UUID.randomUUID()).toString()));
        if (!analyticsCommitInterval.isEmpty()) {
            analytics.put("vigil.analytics.commit-interval", analyticsCommitInterval);
        }
        pipeline.start(root, work, "analytics-streams", analytics);
        Map<String, String> notifierProperties = new HashMap<>(notifier.database().springProperties());
        notifierProperties.put("spring.kafka.bootstrap-servers", bootstrap);
        notifierProperties.put("vigil.notifier.channel-secret-key", notifier.sealingKey());
        notifierProperties.put("vigil.notifier.dashboard-base-url", "http://127.0.0.1");
        notifierProperties.put("vigil.notifier.webhook.egress.allowed-cidrs", "127.0.0.0/8");
        // No mail is sent in this benchmark; the host only has to be set.
        notifierProperties.put("spring.mail.host", "127.0.0.1");
        notifierProperties.put("spring.mail.port", Integer.toString(Scrape.freePort()));
        pipeline.start(root, work, "notifier-service", notifierProperties);
        return pipeline;
    }

    private void start(Path root, Path work, String module, Map<String, String> properties)
            throws InterruptedException {
        int port = Scrape.freePort();
        Map<String, String> all = new HashMap<>(properties);
        all.put("server.port", Integer.toString(port));
        all.put("server.address", "127.0.0.1");
        all.put("logging.level.root", "warn");
        all.put("spring.main.banner-mode", "off");
        Child child = Child.serviceJar(root.resolve(module + "/target/" + module + "-0.1.0-SNAPSHOT-exec.jar"),
                List.of("-Xmx512m"), all, work.resolve(module + ".log"));
        services.add(child);
        long deadline = System.nanoTime() + READY_LIMIT.toNanos();
        while (!ready(port)) {
            if (System.nanoTime() > deadline || !child.isAlive()) {
                throw new IllegalStateException(module + " not ready; see " + child.log());
            }
            Thread.sleep(POLL);
        }
        System.out.printf("%s ready on port %d%n", module, port);
    }

    private static boolean ready(int port) throws InterruptedException {
        try {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    @Override
    public void close() {
        services.reversed().forEach(Child::close);
    }
}

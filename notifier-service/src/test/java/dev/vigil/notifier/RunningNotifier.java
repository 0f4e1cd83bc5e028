package dev.vigil.notifier;

import dev.vigil.testkit.postgres.PostgresServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A notifier started in the test JVM as its jar starts it, on the Kafka, database and SMTP server a test chose, with
 * its own HTTP port; closing it is a graceful stop, so a test can stop and start the service with state kept.
 */
final class RunningNotifier implements AutoCloseable {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

    private final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();

    private RunningNotifier(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** A fresh database name, for a test whose notifier instances share one delivery log. */
    static String freshDatabase() {
        return "notifier_" + UUID.randomUUID().toString().replace("-", "");
    }

    static RunningNotifier start(String database, Map<String, String> properties) {
        Map<String, String> all = new HashMap<>(PostgresServer.shared().database(database).springProperties());
        all.put("server.port", "0");
        all.putAll(properties);
        // As command-line arguments, which outrank application.yml, as a deployment's settings do.
        String[] arguments = all.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new);
        return new RunningNotifier(new SpringApplicationBuilder(NotifierApplication.class).profiles("test")
                .run(arguments));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The HTTP status of the readiness probe, as Kubernetes sees it: 200 ready, 503 not. */
    int readinessStatus() {
        String port = context.getEnvironment().getRequiredProperty("local.server.port");
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                .timeout(PROBE_TIMEOUT).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException("readiness probe unanswered", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}

package dev.vigil.bench.system;

import dev.vigil.testkit.keycloak.DemoUser;
import dev.vigil.testkit.keycloak.KeycloakServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Creates monitors the way users do — {@code POST /api/v1/monitors} through the gateway with a Keycloak token — from
 * a few parallel workers, alternating between the tenants given. The
 * quota and the gateway's rate limit are raised by the benchmark's service overrides; everything else (validation,
 * the registry's transaction and outbox, CDC to the monitors topic) is the product's own path.
 */
public final class MonitorCreator {

    private static final int WORKERS = 16;
    private static final int ATTEMPTS = 6;
    private static final Duration RETRY_PAUSE = Duration.ofMillis(250);
    /** Well inside the realm's five-minute access-token lifespan. */
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(3);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int CREATED = 201;
    private static final int UNAUTHORIZED = 401;

    private final URI monitors;
    private final List<DemoUser> tenants;
    private final KeycloakServer keycloak;
    private final String targetBase;
    private final int intervalSeconds;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).build();
    private final ConcurrentHashMap<DemoUser, Token> tokens = new ConcurrentHashMap<>();
    private int created;

    /** Creates monitors for the tenants in turn. */
    public MonitorCreator(URI gateway, List<DemoUser> tenants, KeycloakServer keycloak, String targetBase,
            int intervalSeconds) {
        this.monitors = gateway.resolve("/api/v1/monitors");
        this.tenants = List.copyOf(tenants);
        this.keycloak = keycloak;
        this.targetBase = targetBase;
        this.intervalSeconds = intervalSeconds;
    }

    /** What one creation round took. */
    public record Creation(int from, int to, double seconds) {

        public double perSecond() {
            return seconds > 0 ? (to - from) / seconds : 0;
        }
    }

    int created() {
        return created;
    }

    /** Creates monitors until {@code total} exist; fails on the first monitor that cannot be created. */
    public Creation createUpTo(int total) throws Exception {
        int from = created;
        long start = System.nanoTime();
        var next = new AtomicInteger(from);
        try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Void>> running = new ArrayList<>();
            for (int worker = 0; worker < WORKERS; worker++) {
                running.add(workers.submit(() -> {
                    for (int index = next.getAndIncrement(); index < total; index = next.getAndIncrement()) {
                        create(index);
                    }
                    return null;
                }));
            }
            for (Future<Void> worker : running) {
                worker.get();
            }
        }
        created = total;
        return new Creation(from, total, (System.nanoTime() - start) / 1e9);
    }

    private void create(int index) throws IOException, InterruptedException {
        DemoUser tenant = tenants.get(index % tenants.size());
        String body = """
                {"name": "system-bench-%d", "kind": "http", "target": "%sm/%d", "intervalSeconds": %d,
                 "http": {"method": "get", "expectedStatusCodes": [{"from": 200, "to": 299}]}}"""
                .formatted(index, targetBase, index, intervalSeconds);
        String failure = "";
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            var request = HttpRequest.newBuilder(monitors).timeout(TIMEOUT)
                    .header("Authorization", "Bearer " + token(tenant))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == CREATED) {
                    return;
                }
                if (response.statusCode() == UNAUTHORIZED) {
                    tokens.remove(tenant);
                }
                failure = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                failure = e.toString();
            }
            Thread.sleep(RETRY_PAUSE.multipliedBy(attempt));
        }
        throw new IllegalStateException("monitor " + index + " not created after " + ATTEMPTS + " attempts: " + failure);
    }

    private String token(DemoUser tenant) {
        return tokens.compute(tenant, (user, token) -> token != null && token.fresh()
                ? token : new Token(keycloak.accessToken(user), System.nanoTime())).value();
    }

    private record Token(String value, long fetchedAt) {

        boolean fresh() {
            return System.nanoTime() - fetchedAt < TOKEN_REUSE.toNanos();
        }
    }
}

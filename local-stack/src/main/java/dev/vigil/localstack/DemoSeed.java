package dev.vigil.localstack;

import dev.vigil.testkit.keycloak.DemoUser;
import dev.vigil.testkit.keycloak.KeycloakServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creates the demo's channels and monitors through the gateway with real tokens, exactly as a user
 * would, so the demo data takes the whole path: gateway, registry, outbox, Kafka.
 */
final class DemoSeed {

    private static final Logger log = LoggerFactory.getLogger(DemoSeed.class);
    private static final int CREATED = 201;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** The local stack lowers the registry's floor to this, so a failure streak of three rounds takes 15 s. */
    static final int INTERVAL_SECONDS = 5;
    private static final int TIMEOUT_MS = 4000;
    private static final int FAILURE_THRESHOLD = 3;
    private static final int MAX_BODY_BYTES = 64 * 1024;
    /** Below the slow endpoint's delay, so its latency breach is visible once a five-minute window closes. */
    private static final int SLOW_P95_THRESHOLD_MS = 1000;

    private final URI gateway;
    private final KeycloakServer keycloak;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(REQUEST_TIMEOUT).build();
    private final ObjectMapper json = JsonMapper.builder().build();

    DemoSeed(URI gateway, KeycloakServer keycloak) {
        this.gateway = gateway;
        this.keycloak = keycloak;
    }

    SeededDemo seed(URI demoTarget, String tlsTarget, URI webhookReceiver) {
        String alice = keycloak.accessToken(DemoUser.ALICE);
        create(alice, "/api/v1/channels", """
                {"name": "alice mail", "kind": "email", "address": "alice@vigil.local"}""");
        JsonNode webhook = createNode(alice, "/api/v1/channels", """
                {"name": "local webhook", "kind": "webhook", "url": "%s"}""".formatted(webhookReceiver));
        var monitors = new LinkedHashMap<String, UUID>();
        for (String endpoint : new String[] {"healthy", "slow", "flaky", "down"}) {
            String threshold = endpoint.equals("slow") ? ", \"p95ThresholdMs\": " + SLOW_P95_THRESHOLD_MS : "";
            monitors.put(endpoint, create(alice, "/api/v1/monitors", monitor("demo " + endpoint,
                    demoTarget.resolve("/" + endpoint), threshold)));
        }
        monitors.put("tls", create(alice, "/api/v1/monitors", """
                {"name": "demo tls", "kind": "tls", "target": "%s", "intervalSeconds": %d, "timeoutMs": %d,
                 "failureThreshold": %d}""".formatted(tlsTarget, INTERVAL_SECONDS, TIMEOUT_MS, FAILURE_THRESHOLD)));
        String bob = keycloak.accessToken(DemoUser.BOB);
        UUID bobMonitor = create(bob, "/api/v1/monitors",
                monitor("bob's healthy", demoTarget.resolve("/healthy"), ""));
        log.atInfo().addKeyValue("aliceMonitors", monitors).addKeyValue("bobMonitor", bobMonitor)
                .log("demo data seeded");
        return new SeededDemo(monitors, bobMonitor, webhook.path("signingSecret").asString(""));
    }

    private static String monitor(String name, URI target, String extra) {
        return """
                {"name": "%s", "kind": "http", "target": "%s", "intervalSeconds": %d, "timeoutMs": %d,
                 "failureThreshold": %d,
                 "http": {"method": "get", "expectedStatusCodes": [{"from": 200, "to": 299}], "followRedirects": false,
                          "maxBodyBytes": %d}%s}""".formatted(name, target, INTERVAL_SECONDS, TIMEOUT_MS,
                FAILURE_THRESHOLD, MAX_BODY_BYTES, extra);
    }

    private UUID create(String token, String path, String body) {
        return UUID.fromString(createNode(token, path, body).get("id").asString());
    }

    private JsonNode createNode(String token, String path, String body) {
        var request = HttpRequest.newBuilder(gateway.resolve(path))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != CREATED) {
                throw new IllegalStateException("POST %s answered %d: %s".formatted(path, response.statusCode(),
                        response.body()));
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("POST " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while seeding", e);
        }
    }
}

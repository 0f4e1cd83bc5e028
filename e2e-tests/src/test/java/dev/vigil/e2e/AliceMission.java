package dev.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.testkit.keycloak.DemoUser;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What alice sets up once, as a user would through the API: a mail and a signed webhook channel, an http
 * monitor on each demo endpoint and a tls monitor on the demo's HTTPS target, all at the two-second interval. Every test reads the same monitors,
 * so their windows and incidents build up while the other tests run.
 *
 * @param webhookSecret the {@code whsec_} signing secret, shown once when the channel was created
 */
record AliceMission(UUID healthy, UUID slow, UUID flaky, UUID down, UUID tls, UUID webhookChannel,
        String webhookSecret) {

    static final String MAIL = "alice@vigil.local";
    static final int FAILURE_THRESHOLD = 3;
    /**
     * A tight target: the budget is the share of the whole period's rounds that may fail, which over the e2e stack's
     * one-day period at a 2 s interval is about four failed rounds, so the flaky endpoint's first failing phase breaks it.
     */
    static final double FLAKY_SLA_TARGET = 99.99;
    private static final int TIMEOUT_MS = 1500;
    private static final int ALICE_QUOTA = 10;

    private static @Nullable AliceMission created;

    static synchronized AliceMission shared(VigilSystem system) {
        if (created == null) {
            created = create(system);
        }
        return created;
    }

    private static AliceMission create(VigilSystem system) {
        Gateway gateway = system.gateway();
        raiseQuota(system);
        String alice = system.tokens().of(DemoUser.ALICE);
        created(gateway.post(alice, "/api/v1/channels", """
                {"name": "alice mail", "kind": "email", "address": "%s"}""".formatted(MAIL)));
        JsonNode webhook = created(gateway.post(alice, "/api/v1/channels", """
                {"name": "alice webhook", "kind": "webhook", "url": "%s"}"""
                .formatted(system.stack().webhookReceiverUri())));
        URI demo = system.stack().demo().uri();
        return new AliceMission(
                monitor(system, "e2e healthy", demo.resolve("/healthy"), ""),
                monitor(system, "e2e slow", demo.resolve("/slow"), ""),
                monitor(system, "e2e flaky", demo.resolve("/flaky"), ", \"slaTargetPercent\": " + FLAKY_SLA_TARGET),
                monitor(system, "e2e down", demo.resolve("/down"), ""),
                UUID.fromString(created(system.gateway().post(alice, "/api/v1/monitors", """
                        {"name": "e2e tls", "kind": "tls", "target": "%s", "intervalSeconds": %d, "timeoutMs": %d,
                         "failureThreshold": %d}""".formatted(system.stack().tlsTarget().hostAndPort(),
                        VigilSystem.INTERVAL_SECONDS, TIMEOUT_MS, FAILURE_THRESHOLD))).get("id").asString()),
                UUID.fromString(webhook.get("id").asString()),
                webhook.get("signingSecret").asString());
    }

    /** The admin lifts alice's quota through the admin API; the default of three stays for everyone else. */
    private static void raiseQuota(VigilSystem system) {
        String admin = system.tokens().of(DemoUser.ADMIN);
        ApiResponse response = system.gateway().put(admin, "/api/v1/admin/tenants/" + DemoUser.ALICE.id() + "/quota",
                "{\"maxActiveMonitors\": " + ALICE_QUOTA + "}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    static UUID monitor(VigilSystem system, String name, URI target, String extra) {
        return monitor(system, system.tokens().of(DemoUser.ALICE), name, target, extra);
    }

    /** Creates an http monitor at the two-second interval and returns its id. */
    static UUID monitor(VigilSystem system, String token, String name, URI target, String extra) {
        return UUID.fromString(created(system.gateway().post(token, "/api/v1/monitors", monitorJson(name, target, extra)))
                .get("id").asString());
    }

    static String monitorJson(String name, URI target, String extra) {
        return """
                {"name": "%s", "kind": "http", "target": "%s", "intervalSeconds": %d, "timeoutMs": %d,
                 "failureThreshold": %d,
                 "http": {"method": "get", "expectedStatusCodes": [{"from": 200, "to": 299}]}%s}"""
                .formatted(name, target, VigilSystem.INTERVAL_SECONDS, TIMEOUT_MS, FAILURE_THRESHOLD, extra);
    }

    private static JsonNode created(ApiResponse response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }
}

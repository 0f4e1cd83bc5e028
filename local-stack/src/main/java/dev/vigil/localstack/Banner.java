package dev.vigil.localstack;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The text a person reads once the stack is up: where everything is, who to log in as, what to paste. */
final class Banner {

    static final List<String> DEMO_MONITORS = List.of("healthy", "slow", "flaky", "down", "tls");

    private Banner() {
    }

    static String text(StackPorts ports, Infrastructure infrastructure, URI webhookReceiver, SeededDemo demo, Path logs,
            Duration startup) {
        var text = new StringBuilder();
        text.append("""

                ==================================================================================
                 Vigil local stack is up (started in %d s). Ctrl-C stops everything.
                ==================================================================================
                 Web console          http://localhost:%d/           (sign in as alice / alice-demo)
                 API gateway          http://localhost:%d/api/v1     (OpenAPI: http://localhost:%d/api/docs/openapi.json)
                 Live events (SSE)    http://localhost:%d/api/v1/live
                 Keycloak             http://localhost:%d            (realm vigil; issuer %s)
                 Mail inbox (JSON)    http://localhost:%d/messages   (SMTP on localhost:%d)
                 Webhooks received    http://localhost:%d/webhooks   (receiver %s)
                 Demo target          http://127.0.0.1:%d/{healthy,slow,flaky,down}
                                      switch /down: curl -X PUT -d up http://127.0.0.1:%d/control/down
                 Demo TLS target      https://%s (certificate from a throwaway CA the probe trusts; it expires soon)
                 Services             registry :%d  scheduler :%d  probe :%d  analytics :%d  notifier :%d  console :%d
                                      (each with /actuator/health and /actuator/prometheus)
                 Kafka                %s      PostgreSQL  localhost:%d (user postgres, no password)
                 Service logs         %s

                 Demo users (Keycloak realm vigil):  alice / alice-demo   bob / bob-demo   admin / admin-demo
                """.formatted(startup.toSeconds(), ports.gateway(), ports.gateway(), ports.gateway(), ports.gateway(),
                ports.keycloak(), infrastructure.issuerUri(), ports.inbox(), ports.smtp(), ports.inbox(), webhookReceiver,
                ports.demo(), ports.demo(), "localhost:" + ports.demoTls(), ports.registry(), ports.scheduler(), ports.probe(),
                ports.analytics(), ports.notifier(), ports.console(), infrastructure.kafkaBootstrapServers(), ports.postgres(), logs));
        text.append("\n Seeded for alice: email channel alice@vigil.local, webhook channel to the local receiver,\n");
        text.append(" monitors every %d s:\n".formatted(DemoSeed.INTERVAL_SECONDS));
        for (String endpoint : DEMO_MONITORS) {
            text.append("   demo %-8s %s%n".formatted(endpoint, demo.aliceMonitors().get(endpoint)));
        }
        text.append(" Webhook signing secret (Standard Webhooks, shown once): %s%n".formatted(demo.webhookSecret()));
        text.append(" Seeded for bob: one monitor (%s), invisible to alice.%n".formatted(demo.bobMonitor()));
        text.append("""

                 Try it (needs curl and jq):
                   TOKEN=$(curl -s -d grant_type=password -d client_id=vigil-cli -d username=alice -d password=alice-demo \\
                     http://localhost:%1$d/realms/vigil/protocol/openid-connect/token | jq -r .access_token)
                   curl -s -H "Authorization: Bearer $TOKEN" http://localhost:%2$d/api/v1/monitors | jq
                   curl -s -H "Authorization: Bearer $TOKEN" http://localhost:%2$d/api/v1/monitors/%3$s/status | jq
                   curl -s -H "Authorization: Bearer $TOKEN" http://localhost:%2$d/api/v1/monitors/%4$s/alerts | jq
                   curl -s http://localhost:%5$d/messages | jq '.[] | {to, subject}'

                 Within about two minutes the 'demo down' and 'demo flaky' failure-streak mails are in the inbox;
                 percentiles appear in the status once the first minute window has closed.
                ==================================================================================
                """.formatted(ports.keycloak(), ports.gateway(), demo.aliceMonitors().get("slow"),
                demo.aliceMonitors().get("down"), ports.inbox()));
        return text.toString();
    }
}

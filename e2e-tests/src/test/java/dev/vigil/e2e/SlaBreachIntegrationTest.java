package dev.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.testkit.http.RecordedRequest;
import dev.vigil.testkit.keycloak.DemoUser;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The flaky endpoint fails half its rounds, so its tight 99.99 % target breaks and alice is told. */
class SlaBreachIntegrationTest {

    /** The first failing phase already spends the budget; the demo's flaky endpoint fails within its first period. */
    private static final Duration BREACHED = Duration.ofSeconds(90);
    private static final double PERCENT = 100;

    private static VigilSystem system;
    private static AliceMission mission;
    private static String alice;

    @BeforeAll
    static void aliceMonitorsTheFlakyEndpoint() {
        system = VigilSystem.shared();
        mission = AliceMission.shared(system);
        alice = system.tokens().of(DemoUser.ALICE);
    }

    @Test
    void theFlakyMonitorsAlertHistoryHoldsAnSlaBreachBelowItsTarget() {
        JsonNode breach = await("an sla_breach alert of the flaky monitor").atMost(BREACHED)
                .pollInterval(Duration.ofSeconds(1))
                .until(this::slaBreach, Optional::isPresent).orElseThrow();

        assertThat(breach.path("details").get("slaTargetPercent").asDouble()).isEqualTo(AliceMission.FLAKY_SLA_TARGET);
        assertThat(breach.path("details").get("availability").asDouble() * PERCENT)
                .isLessThan(AliceMission.FLAKY_SLA_TARGET);
    }

    @Test
    void theSlaBreachReachesAliceAsASignedWebhook() {
        RecordedRequest webhook = new Deliveries(system).awaitWebhook(mission.flaky(), "sla_breach", BREACHED);

        assertThat(WebhookSignature.isValid(webhook, mission.webhookSecret())).isTrue();
    }

    private Optional<JsonNode> slaBreach() {
        ApiResponse alerts = system.gateway().get(alice, "/api/v1/monitors/" + mission.flaky() + "/alerts");
        assertThat(alerts.status()).as(alerts.body()).isEqualTo(200);
        return StreamSupport.stream(alerts.json().spliterator(), false)
                .map(view -> view.get("alert"))
                .filter(alert -> "sla_breach".equals(alert.path("type").asString()))
                .findFirst();
    }
}

package dev.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.testkit.http.RecordedRequest;
import dev.vigil.testkit.keycloak.DemoUser;
import dev.vigil.testkit.mail.ReceivedMail;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * The core promise: an endpoint that goes down opens an incident after three failed rounds and alice hears
 * of it by mail and by a signed webhook; when it comes back, she hears that too. The recovery test runs
 * last because it switches the down endpoint back up.
 */
@TestMethodOrder(OrderAnnotation.class)
class IncidentAlertingIntegrationTest {

    /** Three rounds at two seconds, then analytics, the notifier and SMTP or HTTP; generous for a loaded machine. */
    private static final Duration ALERTED = Duration.ofSeconds(90);
    private static final Duration POLL = Duration.ofSeconds(1);

    private static VigilSystem system;
    private static AliceMission mission;
    private static Deliveries deliveries;
    private static String alice;

    @BeforeAll
    static void aliceMonitorsTheDownEndpoint() {
        system = VigilSystem.shared();
        mission = AliceMission.shared(system);
        deliveries = new Deliveries(system);
        alice = system.tokens().of(DemoUser.ALICE);
    }

    @Test
    @Order(1)
    void theDownEndpointHasAnOpenIncidentAfterThreeFailedRounds() {
        JsonNode status = await("the down monitor's open incident").atMost(ALERTED).pollInterval(POLL)
                .until(() -> status(), current -> current.hasNonNull("openIncident"));

        assertThat(status.get("state").asString()).isEqualTo("down");
        JsonNode incidents = system.gateway().get(alice, "/api/v1/monitors/" + mission.down() + "/incidents").json();
        assertThat(incidents).anySatisfy(incident -> {
            assertThat(incident.get("id").asString()).isEqualTo(status.path("openIncident").get("id").asString());
            assertThat(incident.path("closedAt").isNull() || incident.path("closedAt").isMissingNode()).isTrue();
        });
    }

    @Test
    @Order(2)
    void aliceIsMailedThatTheEndpointIsDown() {
        ReceivedMail mail = deliveries.awaitMail(AliceMission.MAIL, "e2e down is down", ALERTED);

        assertThat(mail.text() != null ? mail.text() : mail.html()).contains("e2e down");
    }

    @Test
    @Order(3)
    void theFailureStreakArrivesAsAWebhookSignedWithTheChannelsSecret() {
        RecordedRequest webhook = deliveries.awaitWebhook(mission.down(), "failure_streak", ALERTED);

        assertThat(WebhookSignature.isValid(webhook, mission.webhookSecret())).isTrue();
        assertThat(webhook.header("webhook-id")).contains(Deliveries.alertOf(webhook).get("id").asString());
        assertThat(Deliveries.alertOf(webhook).path("details").get("streak").asInt())
                .isGreaterThanOrEqualTo(AliceMission.FAILURE_THRESHOLD);
    }

    @Test
    @Order(4)
    void aWebhookSignedWithAnotherSecretWouldNotVerify() {
        RecordedRequest webhook = deliveries.awaitWebhook(mission.down(), "failure_streak", ALERTED);

        assertThat(WebhookSignature.isValid(webhook, "whsec_" + "A".repeat(43) + "=")).isFalse();
    }

    @Test
    @Order(5)
    void whenTheEndpointAnswersAgainTheIncidentClosesAndAliceHearsOfTheRecovery() {
        deliveries.awaitWebhook(mission.down(), "failure_streak", ALERTED);
        system.stack().demo().setDown(false);

        JsonNode status = await("the down monitor back up").atMost(ALERTED).pollInterval(POLL)
                .until(() -> status(), current -> "up".equals(current.get("state").asString()));
        RecordedRequest webhook = deliveries.awaitWebhook(mission.down(), "recovery", ALERTED);
        ReceivedMail mail = deliveries.awaitMail(AliceMission.MAIL, "e2e down has recovered", ALERTED);

        assertThat(status.hasNonNull("openIncident")).isFalse();
        assertThat(WebhookSignature.isValid(webhook, mission.webhookSecret())).isTrue();
        assertThat(mail.subject()).contains("has recovered");
    }

    private static JsonNode status() {
        ApiResponse status = system.gateway().get(alice, "/api/v1/monitors/" + mission.down() + "/status");
        assertThat(status.status()).as(status.body()).isEqualTo(200);
        return status.json();
    }
}

package dev.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.testkit.keycloak.DemoUser;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A tls monitor on the demo's HTTPS target reads the real certificate and warns that it expires within 30 days. */
class TlsExpiryIntegrationTest {

    private static final Duration CHECKED = Duration.ofSeconds(90);
    private static final long DAY_SECONDS = Duration.ofDays(1).toSeconds();

    private static VigilSystem system;
    private static AliceMission mission;
    private static String alice;
    private static long daysLeft;

    @BeforeAll
    static void aliceMonitorsTheTlsTarget() {
        system = VigilSystem.shared();
        mission = AliceMission.shared(system);
        alice = system.tokens().of(DemoUser.ALICE);
        Instant notAfter = system.stack().tlsTarget().certificateNotAfter();
        daysLeft = Duration.between(Instant.now(), notAfter).toSeconds() / DAY_SECONDS;
    }

    @Test
    void theStatusCountsTheDaysLeftOnTheServedCertificate() {
        JsonNode status = await("the tls monitor's days remaining").atMost(CHECKED).pollInterval(Duration.ofSeconds(1))
                .until(() -> system.gateway().get(alice, "/api/v1/monitors/" + mission.tls() + "/status").json(),
                        current -> current.hasNonNull("tlsDaysRemaining"));

        assertThat(status.get("tlsDaysRemaining").asLong()).isBetween(daysLeft - 1, daysLeft);
        assertThat(status.get("state").asString()).isEqualTo("up");
    }

    @Test
    void aCertificateExpiringWithinTheWarningRaisesATlsExpiryAlert() {
        JsonNode alert = await("a tls_expiry alert").atMost(CHECKED).pollInterval(Duration.ofSeconds(1))
                .until(TlsExpiryIntegrationTest::tlsExpiry, Optional::isPresent).orElseThrow();

        assertThat(alert.path("details").get("tlsDaysRemaining").asLong()).isBetween(daysLeft - 1, daysLeft);
    }

    private static Optional<JsonNode> tlsExpiry() {
        JsonNode alerts = system.gateway().get(alice, "/api/v1/monitors/" + mission.tls() + "/alerts").json();
        return StreamSupport.stream(alerts.spliterator(), false)
                .map(view -> view.get("alert"))
                .filter(alert -> "tls_expiry".equals(alert.path("type").asString()))
                .findFirst();
    }
}

package dev.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.testkit.keycloak.DemoUser;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The gateway lets in only tokens meant for Vigil and still alive; everything else is a 401 problem. */
class TokenRejectionIntegrationTest {

    private static final String MONITORS = "/api/v1/monitors";
    /** The one-second token outlives its lifetime by Spring's default clock skew of 60 s before it is refused. */
    private static final Duration EXPIRED = Duration.ofSeconds(150);

    private static VigilSystem system;

    @BeforeAll
    static void start() {
        system = VigilSystem.shared();
    }

    @Test
    void aRequestWithoutATokenIsUnauthorized() {
        assertUnauthorized(system.gateway().get(null, MONITORS));
    }

    @Test
    void aTokenIssuedForAnotherAudienceIsUnauthorized() {
        assertUnauthorized(system.gateway().get(system.tokens().forAnotherAudience(DemoUser.ALICE), MONITORS));
    }

    @Test
    void aGenuineTokenIsRefusedOnceItHasExpired() {
        String token = system.tokens().expiringAtOnce(DemoUser.ALICE);
        assertThat(system.gateway().get(token, MONITORS).status()).as("while still within the clock skew").isEqualTo(200);

        ApiResponse refused = await("the short-lived token refused").atMost(EXPIRED).pollInterval(Duration.ofSeconds(5))
                .until(() -> system.gateway().get(token, MONITORS), response -> response.status() != 200);

        assertUnauthorized(refused);
    }

    private static void assertUnauthorized(ApiResponse response) {
        assertThat(response.status()).as(response.body()).isEqualTo(401);
        assertThat(response.isProblem()).as(response.contentType()).isTrue();
    }
}

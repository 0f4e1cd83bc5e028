package dev.vigil.gateway.ratelimit;

import dev.vigil.gateway.GatewayWithRecordingRegistry;
import dev.vigil.testkit.keycloak.DemoUser;
import dev.vigil.testkit.keycloak.KeycloakServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vigil.gateway.rate-limit.burst-capacity=2",
        "vigil.gateway.rate-limit.replenish-per-second=1"})
class TenantRateLimitIntegrationTest extends GatewayWithRecordingRegistry {

    @Test
    void aTenantBeyondItsBurstGets429ProblemJsonWithRetryAfter() {
        String token = KeycloakServer.shared().accessToken(DemoUser.BOB);
        get(token).expectStatus().isOk();
        get(token).expectStatus().isOk();

        get(token).expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectBody().jsonPath("$.status").isEqualTo(429);
    }

    @Test
    void oneTenantsEmptyBucketDoesNotLimitAnother() {
        String admin = KeycloakServer.shared().accessToken(DemoUser.ADMIN);
        String alice = KeycloakServer.shared().accessToken(DemoUser.ALICE);
        get(admin).expectStatus().isOk();
        get(admin).expectStatus().isOk();
        get(admin).expectStatus().isEqualTo(429);

        get(alice).expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec get(String token) {
        return client.get().uri("/api/v1/monitors").headers(h -> h.setBearerAuth(token)).exchange();
    }
}

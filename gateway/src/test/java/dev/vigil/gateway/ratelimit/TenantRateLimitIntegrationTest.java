package dev.vigil.gateway.ratelimit;

import dev.vigil.testkit.http.RecordingHttpServer;
import dev.vigil.testkit.kafka.WithKafka;
import dev.vigil.testkit.keycloak.DemoUser;
import dev.vigil.testkit.keycloak.KeycloakServer;
import dev.vigil.testkit.keycloak.WithKeycloak;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@WithKafka
@WithKeycloak
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vigil.gateway.rate-limit.burst-capacity=2",
        "vigil.gateway.rate-limit.replenish-per-second=1"})
class TenantRateLimitIntegrationTest {

    private static final RecordingHttpServer registry = RecordingHttpServer.start();

    @LocalServerPort
    private int port;

    private WebTestClient client;

    @DynamicPropertySource
    static void registry(DynamicPropertyRegistry properties) {
        properties.add("vigil.gateway.registry-uri", registry::uri);
    }

    @AfterAll
    static void stopRegistry() {
        registry.close();
    }

    @BeforeEach
    void client() {
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

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

package dev.vigil.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.gateway.GatewayWithRecordingRegistry;
import dev.vigil.testkit.keycloak.DemoUser;
import dev.vigil.testkit.keycloak.KeycloakServer;
import dev.vigil.testkit.redis.RedisServer;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Runs on a Redis of its own, not the shared one: this test takes it down. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vigil.gateway.rate-limit.store=REDIS",
        "vigil.gateway.rate-limit.burst-capacity=" + RedisDownIntegrationTest.BURST,
        "vigil.gateway.rate-limit.replenish-per-second=1"})
class RedisDownIntegrationTest extends GatewayWithRecordingRegistry {

    static final int BURST = 2;

    private static final String STORE_ERRORS = "vigil.gateway.rate.limit.store.errors";
    private static final RedisServer redisServer = RedisServer.dedicated();

    @Autowired
    private MeterRegistry meters;

    @DynamicPropertySource
    static void dedicatedRedis(DynamicPropertyRegistry properties) {
        redisServer.springProperties().forEach((name, value) -> properties.add(name, () -> value));
    }

    @AfterAll
    static void stopRedis() {
        redisServer.stop();
    }

    @Test
    void whenRedisGoesDownRequestsPassBeyondTheBurstAndEachFailedCheckIsCounted() {
        String token = KeycloakServer.shared().accessToken(DemoUser.ALICE);
        double errorsBefore = storeErrors();
        get(token).expectStatus().isOk();
        assertThat(storeErrors()).as("a check Redis answered").isEqualTo(errorsBefore);

        redisServer.stop();
        int requestsWhileDown = BURST + 2;
        for (int i = 0; i < requestsWhileDown; i++) {
            get(token).expectStatus().isOk();
        }

        assertThat(storeErrors() - errorsBefore).isEqualTo(requestsWhileDown);
    }

    private WebTestClient.ResponseSpec get(String token) {
        return client.get().uri("/api/v1/monitors").headers(h -> h.setBearerAuth(token)).exchange();
    }

    private double storeErrors() {
        return meters.get(STORE_ERRORS).counter().count();
    }
}

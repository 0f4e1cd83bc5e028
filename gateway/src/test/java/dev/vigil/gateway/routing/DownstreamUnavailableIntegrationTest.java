package dev.vigil.gateway.routing;

import dev.vigil.testkit.kafka.WithKafka;
import dev.vigil.testkit.keycloak.DemoUser;
import dev.vigil.testkit.keycloak.KeycloakServer;
import dev.vigil.testkit.keycloak.WithKeycloak;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@WithKafka
@WithKeycloak
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DownstreamUnavailableIntegrationTest {

    /** Far below the 30 s response timeout: the answer must come from the refused connection, not a timer. */
    private static final Duration WELL_BEFORE_ANY_TIMEOUT = Duration.ofSeconds(10);

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void registryThatIsDown(DynamicPropertyRegistry properties) throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        properties.add("vigil.gateway.registry-uri", () -> "http://localhost:" + closedPort);
    }

    @Test
    void aRegistryThatIsDownAnswers503ProblemJsonAtOnce() {
        String token = KeycloakServer.shared().accessToken(DemoUser.ALICE);

        WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(WELL_BEFORE_ANY_TIMEOUT).build()
                .get().uri("/api/v1/monitors").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://vigil.dev/problems/service-unavailable");
    }
}

package dev.vigil.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.testkit.http.RecordingHttpServer;
import dev.vigil.testkit.kafka.WithKafka;
import dev.vigil.testkit.keycloak.DemoUser;
import dev.vigil.testkit.keycloak.KeycloakServer;
import dev.vigil.testkit.keycloak.WithKeycloak;
import dev.vigil.testkit.net.TcpProxy;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway starts while Keycloak is unreachable, as pods start in any order: it comes up, answers a token it
 * cannot check yet with 503 problem+json rather than a crash or a 500, and accepts the same token once Keycloak is back.
 */
@WithKafka
@WithKeycloak
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeycloakDownAtStartIntegrationTest {

    private static final Duration RECOVERY = Duration.ofSeconds(60);

    private static final RecordingHttpServer registry = RecordingHttpServer.start();
    private static TcpProxy keycloak;

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void keycloakBehindACutLine(DynamicPropertyRegistry properties) {
        var server = KeycloakServer.shared();
        keycloak = TcpProxy.cutTo(server.jwksUri().getHost(), server.jwksUri().getPort());
        String jwks = server.jwksUri().toString().replace(":" + server.jwksUri().getPort() + "/", ":" + keycloak.port() + "/");
        properties.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> jwks);
        properties.add("vigil.gateway.registry-uri", registry::uri);
    }

    @AfterAll
    static void stop() {
        keycloak.close();
        registry.close();
    }

    @Test
    void aTokenThatCannotBeCheckedYetAnswers503AndIsAcceptedOnceKeycloakIsBack() {
        String token = KeycloakServer.shared().accessToken(DemoUser.ALICE);
        registry.respond("/api/v1/monitors", 200, "application/json", "{\"items\": []}");
        WebTestClient client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(RECOVERY).build();

        client.get().uri("/api/v1/monitors").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(registry.requests()).as("nothing reached the registry unchecked").isEmpty();

        keycloak.restore();

        await().atMost(RECOVERY).untilAsserted(() -> client.get().uri("/api/v1/monitors")
                .headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk());
        assertThat(registry.requests()).hasSize(1);
    }
}

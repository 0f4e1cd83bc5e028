package dev.vigil.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.gateway.GatewayWithRecordingRegistry;
import dev.vigil.testkit.http.RecordedRequest;
import dev.vigil.testkit.http.RecordingHttpServer;
import dev.vigil.testkit.keycloak.DemoUser;
import dev.vigil.testkit.keycloak.KeycloakServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The web console behind the gateway: its pages reach the console, the API stays the registry's. */
class ConsoleRoutesIntegrationTest extends GatewayWithRecordingRegistry {

    private static final RecordingHttpServer console = RecordingHttpServer.start();

    @DynamicPropertySource
    static void consoleUri(DynamicPropertyRegistry properties) {
        properties.add("vigil.gateway.console-uri", console::uri);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/monitors/0b5e7a11-0000-4000-8000-00000000000a", "/assets/console.css",
            "/login/oauth2/code/keycloak", "/oauth2/authorization/keycloak", "/live", "/signed-out"})
    void consolePathsReachTheConsoleWithoutAToken(String path) {
        console.respond(path, 200, "text/html", "<p>console</p>");

        client.get().uri(path).exchange().expectStatus().isOk().expectBody(String.class).isEqualTo("<p>console</p>");

        assertThat(console.requests()).extracting(RecordedRequest::path).contains(path);
    }

    @Test
    void theConsoleLearnsWhichHostTheBrowserUsed() {
        client.get().uri("/").header("Host", "vigil.example").exchange().expectStatus().isOk();

        RecordedRequest received = console.requests().stream().filter(request -> request.path().equals("/"))
                .reduce((first, second) -> second).orElseThrow();
        assertThat(received.header("Host")).contains("vigil.example");
    }

    @Test
    void apiPathsStayTheRegistrys() {
        String token = KeycloakServer.shared().accessToken(DemoUser.ALICE);

        client.get().uri("/api/v1/monitors?from=console-test").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk();

        assertThat(console.requests()).extracting(RecordedRequest::path).doesNotContain("/api/v1/monitors");
        assertThat(registry.requests()).extracting(RecordedRequest::path).contains("/api/v1/monitors");
    }
}

package dev.vigil.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.gateway.GatewayWithRecordingRegistry;
import dev.vigil.testkit.http.RecordedRequest;
import dev.vigil.testkit.keycloak.DemoUser;
import dev.vigil.testkit.keycloak.KeycloakServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class GatewayRoutingIntegrationTest extends GatewayWithRecordingRegistry {

    @Test
    void aValidTokenIsRoutedToTheRegistryWithTheTokenRelayed() {
        String token = KeycloakServer.shared().accessToken(DemoUser.ALICE);
        registry.respond("/api/v1/monitors", 200, "application/json", "{\"content\":[]}");

        client.get().uri("/api/v1/monitors").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk()
                .expectBody().json("{\"content\":[]}");

        assertThat(lastRequestTo("/api/v1/monitors").header(HttpHeaders.AUTHORIZATION)).contains("Bearer " + token);
    }

    @Test
    void identityHeadersSentByTheClientNeverReachTheRegistry() {
        String token = KeycloakServer.shared().accessToken(DemoUser.ALICE);

        client.get().uri("/api/v1/channels")
                .headers(h -> {
                    h.setBearerAuth(token);
                    h.set("X-Tenant", DemoUser.BOB.id().toString());
                    h.set("X-Forwarded-User", "bob");
                })
                .exchange()
                .expectStatus().isOk();

        RecordedRequest received = lastRequestTo("/api/v1/channels");
        assertThat(received.hasHeader("X-Tenant")).isFalse();
        assertThat(received.hasHeader("X-Forwarded-User")).isFalse();
    }

    @Test
    void aRequestWithoutATokenAnswers401ProblemJsonWithABearerChallenge() {
        client.get().uri("/api/v1/monitors/unauthenticated").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody().jsonPath("$.status").isEqualTo(401).jsonPath("$.type").exists();

        assertThat(requestsTo("/api/v1/monitors/unauthenticated")).isEmpty();
    }

    @Test
    void aGenuineKeycloakTokenForAnotherAudienceAnswers401() {
        String token = KeycloakServer.shared().accessTokenForAnotherAudience(DemoUser.ALICE);

        client.get().uri("/api/v1/monitors/other-audience").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(requestsTo("/api/v1/monitors/other-audience")).isEmpty();
    }

    @Test
    void aGarbledTokenAnswers401() {
        client.get().uri("/api/v1/monitors/garbled").headers(h -> h.setBearerAuth("not.a.token")).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
    }

    @Test
    void aBodyOverTheSizeLimitAnswers413ProblemJsonBeforeReachingTheRegistry() {
        String token = KeycloakServer.shared().accessToken(DemoUser.ALICE);
        byte[] body = new byte[1024 * 1024 + 1];

        client.post().uri("/api/v1/monitors/too-large").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(requestsTo("/api/v1/monitors/too-large")).isEmpty();
    }

    @Test
    void aPathNoServiceOwnsAnswers404ProblemJson() {
        client.get().uri("/no-such-path").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(404);
    }

    @Test
    void theRegistrysOpenApiDocumentIsPublishedWithoutAToken() {
        registry.respond("/v3/api-docs", 200, "application/json", "{\"openapi\":\"3.1.0\"}");

        client.get().uri("/api/docs/openapi.json").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.openapi").isEqualTo("3.1.0");
    }

    @Test
    void theDocsUiIsServedWithoutATokenAndShowsTheRegistrysDocument() {
        String ui = client.get().uri("/api/docs").exchange()
                .expectStatus().is3xxRedirection()
                .returnResult(Void.class).getResponseHeaders().getLocation().getPath();

        client.get().uri(ui).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(page -> assertThat(page).containsIgnoringCase("swagger"));
        client.get().uri("/webjars/swagger-ui/swagger-initializer.js").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(script -> assertThat(script).contains("/api/docs"));
    }

    @Test
    void responsesCarrySecurityHeaders() {
        client.get().uri("/api/v1/monitors").exchange()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader().exists("X-Frame-Options");
    }

    private static RecordedRequest lastRequestTo(String path) {
        List<RecordedRequest> matching = requestsTo(path);
        assertThat(matching).as("requests the registry received on " + path).isNotEmpty();
        return matching.getLast();
    }

    private static List<RecordedRequest> requestsTo(String path) {
        return registry.requests().stream().filter(request -> request.path().equals(path)).toList();
    }
}

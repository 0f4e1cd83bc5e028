package dev.vigil.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.testkit.http.RecordedRequest;
import dev.vigil.testkit.http.RecordingHttpServer;
import dev.vigil.testkit.keycloak.DemoUser;
import dev.vigil.testkit.keycloak.KeycloakServer;
import dev.vigil.testkit.keycloak.WithKeycloak;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signing in to the console through the real Keycloak login form, and the console calling the API with the
 * signed-in user's own token. The API is a recording server here, so the test sees exactly what the console sends.
 */
@WithKeycloak
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInIntegrationTest {

    private static final RecordingHttpServer api = RecordingHttpServer.start();
    private static final UUID MONITOR = UUID.fromString("0b5e7a11-0000-4000-8000-00000000000a");

    @Value("${local.server.port}")
    private int port;

    @DynamicPropertySource
    static void api(DynamicPropertyRegistry registry) {
        registry.add("vigil.console.api-uri", api::uri);
    }

    @AfterAll
    static void stopApi() {
        api.close();
    }

    @BeforeEach
    void oneMonitor() {
        api.respond("/api/v1/overview", 200, "application/json", """
                {"items": [{"id": "%1$s", "name": "alice's shop", "kind": "http", "enabled": true,
                  "target": "https://shop.example/health", "intervalSeconds": 30, "state": "down",
                  "inMaintenance": false, "latency": [{"at": "2026-01-01T09:58:00Z", "p95Ms": 120.0},
                                                      {"at": "2026-01-01T09:59:00Z", "p95Ms": 140.0}],
                  "status": {"monitorId": "%1$s", "state": "down", "latencies": [], "sla": {},
                    "lastResult": {"at": "2026-01-01T10:00:00Z", "region": "local", "up": false,
                      "errorKind": "timeout", "totalMs": 5000}}}],
                 "page": 0, "size": 100, "totalElements": 1}""".formatted(MONITOR));
    }

    @Test
    void signingInShowsTheUsersMonitorsFetchedWithTheirOwnToken(KeycloakServer keycloak) {
        var browser = new HttpBrowser();

        HttpResponse<String> overview = browser.signIn(browser.open(console("/")), "alice", "alice-demo");

        assertThat(overview.uri().getPath()).isEqualTo("/");
        assertThat(overview.body()).contains("alice&#39;s shop").contains("Down").contains("timeout");
        RecordedRequest list = api.requests().stream().filter(request -> request.path().equals("/api/v1/overview"))
                .reduce((first, second) -> second).orElseThrow();
        JsonNode claims = claims(list.header("Authorization").orElseThrow());
        assertThat(claims.path("sub").asString()).isEqualTo(DemoUser.ALICE.id().toString());
        assertThat(claims.path("iss").asString()).isEqualTo(keycloak.issuerUri().toString());
        assertThat(claims.path("aud").toString()).contains("vigil-api");
    }

    @Test
    void theAuthorizationRequestUsesPkce() {
        var browser = new HttpBrowser();

        browser.open(console("/"));

        URI authorization = browser.visited().stream()
                .filter(uri -> uri.getPath().endsWith("/protocol/openid-connect/auth")).findFirst().orElseThrow();
        assertThat(authorization.getQuery()).contains("code_challenge_method=S256").contains("code_challenge=")
                .contains("client_id=vigil-console");
    }

    @Test
    void theBrowserHoldsOnlyAnHttpOnlySessionCookie() {
        var browser = new HttpBrowser();

        browser.signIn(browser.open(console("/")), "alice", "alice-demo");

        List<HttpCookie> cookies = browser.cookiesFor(console("/"));
        assertThat(cookies).extracting(HttpCookie::getName).containsExactly("VIGIL_SESSION");
        assertThat(cookies.getFirst().isHttpOnly()).isTrue();
    }

    @Test
    void signingOutEndsTheKeycloakSessionToo() {
        var browser = new HttpBrowser();
        HttpResponse<String> overview = browser.signIn(browser.open(console("/")), "alice", "alice-demo");

        HttpResponse<String> signedOut = browser.signOut(overview);
        HttpResponse<String> again = browser.open(console("/"));

        assertThat(signedOut.uri()).isEqualTo(console("/signed-out"));
        assertThat(signedOut.body()).contains("You are signed out");
        // Still signed in at Keycloak, the browser would come straight back to the overview without a form.
        assertThat(again.uri().getPath()).endsWith("/protocol/openid-connect/auth");
        assertThat(again.body()).contains("kc-form-login");
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() {
        var browser = new HttpBrowser();
        browser.signIn(browser.open(console("/")), "alice", "alice-demo");

        HttpResponse<String> forged = browser.post(console("/logout"), Map.of());

        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicy() {
        HttpResponse<String> page = new HttpBrowser().open(console("/signed-out"));

        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'",
                "object-src 'none'").doesNotContain("unsafe-inline", "unsafe-eval");
    }

    private URI console(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static JsonNode claims(String authorization) {
        assertThat(authorization).startsWith("Bearer ");
        String payload = authorization.substring("Bearer ".length()).split("\\.")[1];
        return JsonMapper.builder().build()
                .readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }
}

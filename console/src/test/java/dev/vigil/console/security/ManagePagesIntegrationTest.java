package dev.vigil.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.testkit.http.RecordedRequest;
import dev.vigil.testkit.http.RecordingHttpServer;
import dev.vigil.testkit.keycloak.DemoUser;
import dev.vigil.testkit.keycloak.WithKeycloak;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The channels and maintenance pages as a signed-in user drives them, against the real Keycloak, with the API a
 * recording server so the test sees exactly what the console sends. It lives beside {@link HttpBrowser}, the
 * browser stand-in it shares with the sign-in test.
 */
@WithKeycloak
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ManagePagesIntegrationTest {

    private static final RecordingHttpServer api = RecordingHttpServer.start();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");
    private static final UUID CHANNEL = UUID.fromString("c4a77e10-0000-4000-8000-00000000000c");
    private static final String SECRET = "whsec_b1c2d3e4f5a6b7c8d9e0";

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

    @Test
    void theCreateFormPostsTheChannelWithTheUsersToken() {
        var browser = new HttpBrowser();
        String csrf = csrf(browser.signIn(browser.open(console("/channels/new")), "alice", "alice-demo"));
        api.respond("/api/v1/channels", 201, "application/json", """
                {"id": "%s", "name": "ops slack", "kind": "webhook", "preset": "slack",
                 "url": "https://hooks.slack.com/services/***", "alertTypes": ["failure_streak"], "enabled": true,
                 "signingSecrets": [{}], "signingSecret": "%s"}""".formatted(CHANNEL, SECRET));

        browser.post(console("/channels"), Map.of("_csrf", csrf, "name", "ops slack", "type", "slack",
                "url", "https://hooks.slack.com/services/T0/B0/xyz", "alertTypes", "failure_streak"));

        RecordedRequest create = last("POST", "/api/v1/channels");
        assertThat(JSON.readTree(create.body())).isEqualTo(JSON.readTree("""
                {"name": "ops slack", "kind": "webhook", "preset": "slack",
                 "url": "https://hooks.slack.com/services/T0/B0/xyz", "alertTypes": ["failure_streak"]}"""));
        assertThat(subject(create)).isEqualTo(DemoUser.ALICE.id().toString());
    }

    @Test
    void theSecretGivenAtCreationIsShownInTheAnswerItself() {
        var browser = new HttpBrowser();
        String csrf = csrf(browser.signIn(browser.open(console("/channels/new")), "alice", "alice-demo"));
        api.respond("/api/v1/channels", 201, "application/json", """
                {"id": "%s", "name": "hook", "kind": "webhook", "preset": "generic", "url": "https://hooks.example/",
                 "alertTypes": [], "enabled": true, "signingSecrets": [{}], "signingSecret": "%s"}"""
                .formatted(CHANNEL, SECRET));

        HttpResponse<String> created = browser.post(console("/channels"), Map.of("_csrf", csrf, "name", "hook",
                "type", "webhook", "url", "https://hooks.example/"));

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.body()).contains(SECRET);
        assertThat(created.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("no-store"));
    }

    @Test
    void aRefusedChannelShowsTheApisMessageAtTheFieldWithTheValueAsTyped() {
        var browser = new HttpBrowser();
        String csrf = csrf(browser.signIn(browser.open(console("/channels/new")), "alice", "alice-demo"));
        api.respond("/api/v1/channels", 400, "application/problem+json", """
                {"title": "Invalid request", "status": 400, "detail": "invalid fields: url",
                 "errors": [{"field": "url", "message": "must be an http or https URL"}]}""");

        HttpResponse<String> refused = browser.post(console("/channels"), Map.of("_csrf", csrf, "name", "bad",
                "type", "webhook", "url", "not a url"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("<span class=\"field-error\" id=\"url-error\">must be an http or https URL</span>")
                .contains("value=\"not a url\"");
    }

    @Test
    void rotatingShowsTheNewSecretOnceAndNoCacheMayKeepIt() {
        var browser = new HttpBrowser();
        String csrf = csrf(browser.signIn(browser.open(console("/channels/new")), "alice", "alice-demo"));
        api.respond("/api/v1/channels/" + CHANNEL + "/rotate-secret", 200, "application/json", """
                {"id": "%s", "name": "hook", "kind": "webhook", "preset": "generic", "url": "https://hooks.example/",
                 "alertTypes": [], "enabled": true, "signingSecrets": [{}, {"validUntil": "2026-12-07T10:00:00Z"}],
                 "signingSecret": "%s"}""".formatted(CHANNEL, SECRET));

        HttpResponse<String> rotated = browser.post(console("/channels/" + CHANNEL + "/rotate-secret"),
                Map.of("_csrf", csrf));

        assertThat(rotated.statusCode()).isEqualTo(200);
        assertThat(rotated.body().split(SECRET, -1)).as("occurrences of the secret, plus one").hasSize(2);
        assertThat(rotated.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("no-store"));
        assertThat(last("POST", "/api/v1/channels/" + CHANNEL + "/rotate-secret").header("Authorization"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer "));
    }

    @Test
    void sendingATestConfirmsItOnTheChannelsPage() {
        var browser = new HttpBrowser();
        String csrf = csrf(browser.signIn(browser.open(console("/channels/new")), "alice", "alice-demo"));
        api.respond("/api/v1/channels/" + CHANNEL + "/test", 202, "application/json", "");
        api.respond("/api/v1/channels", 200, "application/json", "[]");

        HttpResponse<String> sent = browser.post(console("/channels/" + CHANNEL + "/test"),
                Map.of("_csrf", csrf, "name", "hook"));
        HttpResponse<String> page = browser.open(console("/").resolve(sent.headers().firstValue("Location").orElseThrow()));

        assertThat(last("POST", "/api/v1/channels/" + CHANNEL + "/test")).isNotNull();
        assertThat(page.body()).contains("Test alert sent to hook.");
    }

    @Test
    void addingATenantWindowPutsTheWholeListWithTheNewWindowLast() {
        var browser = new HttpBrowser();
        api.respond("/api/v1/maintenance-windows", 200, "application/json", """
                [{"type": "cron", "expression": "0 0 3 * * SUN", "durationMinutes": 60, "zone": "UTC"}]""");
        String csrf = csrf(browser.signIn(browser.open(console("/maintenance")), "alice", "alice-demo"));

        HttpResponse<String> added = browser.post(console("/maintenance"), Map.of("_csrf", csrf, "type", "weekly",
                "weeklyDays", "monday", "weeklyStartTime", "02:00", "weeklyDuration", "30", "weeklyZone",
                "Europe/Berlin"));

        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(JSON.readTree(last("PUT", "/api/v1/maintenance-windows").body())).isEqualTo(JSON.readTree("""
                [{"type": "cron", "expression": "0 0 3 * * SUN", "durationMinutes": 60, "zone": "UTC"},
                 {"type": "weekly", "days": ["monday"], "startTime": "02:00", "durationMinutes": 30,
                  "zone": "Europe/Berlin"}]"""));
    }

    private URI console(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("a CSRF token on " + page.uri()).isTrue();
        return token.group(1);
    }

    private static RecordedRequest last(String method, String path) {
        return api.requests().stream()
                .filter(request -> request.method().equals(method) && request.path().equals(path))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no " + method + " " + path + " reached the API"));
    }

    private static String subject(RecordedRequest request) {
        String authorization = request.header("Authorization").orElseThrow();
        assertThat(authorization).startsWith("Bearer ");
        String payload = authorization.substring("Bearer ".length()).split("\\.")[1];
        JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
        return claims.path("sub").asString();
    }
}

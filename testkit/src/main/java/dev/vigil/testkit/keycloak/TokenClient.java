package dev.vigil.testkit.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Gets access tokens with the password grant, by default of {@code vigil-cli}, the realm's local-only client for scripts and tests. */
final class TokenClient {

    private static final String CLIENT_ID = "vigil-cli";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final URI tokenEndpoint;

    TokenClient(HttpClient http, URI tokenEndpoint) {
        this.http = http;
        this.tokenEndpoint = tokenEndpoint;
    }

    String accessToken(String username, String password) {
        return accessToken(CLIENT_ID, username, password);
    }

    String accessToken(String clientId, String username, String password) {
        HttpResponse<String> response = post(form(Map.of(
                "grant_type", "password",
                "client_id", clientId,
                "username", username,
                "password", password)));
        JsonNode body = parse(response.body());
        if (response.statusCode() != 200 || !body.path("access_token").isString()) {
            throw new TokenRequestException(username, response.statusCode(),
                    body.path("error").asString(""), body.path("error_description").asString(response.body()));
        }
        return body.get("access_token").asString();
    }

    private HttpResponse<String> post(String form) {
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Token request to " + tokenEndpoint + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during a token request to " + tokenEndpoint, e);
        }
    }

    /** An error page that is not JSON still has to reach the exception's message. */
    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (JacksonException e) {
            return JSON.missingNode();
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}

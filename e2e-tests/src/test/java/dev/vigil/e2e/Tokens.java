package dev.vigil.e2e;

import dev.vigil.testkit.keycloak.DemoUser;
import dev.vigil.testkit.keycloak.KeycloakServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/** Access tokens from the real Keycloak: the demo users', and the ones the gateway must refuse. */
final class Tokens {

    private final KeycloakServer keycloak;
    private final HttpClient http = HttpClient.newHttpClient();

    Tokens(KeycloakServer keycloak) {
        this.keycloak = keycloak;
    }

    String of(DemoUser user) {
        return keycloak.accessToken(user);
    }

    /** Genuine, for Vigil's audience, signed by the realm: only its lifetime is wrong. */
    String expiringAtOnce(DemoUser user) {
        Map<String, String> form = Map.of("grant_type", "password", "client_id", E2eRealm.SHORT_LIVED_CLIENT,
                "username", user.username(), "password", user.password());
        String body = form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(keycloak.tokenEndpoint())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused the short-lived token: " + response.body());
            }
            return JsonMapper.builder().build().readTree(response.body()).get("access_token").asString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String forAnotherAudience(DemoUser user) {
        return keycloak.accessTokenForAnotherAudience(user);
    }
}

package dev.vigil.registry.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the running registry over real HTTP with a bearer token, the way the gateway and clients do. */
public final class ApiClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final String base;

    public ApiClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /** One answer: status, body parsed as JSON (a missing node when empty), and the raw response. */
    public record Response(int status, JsonNode body, HttpResponse<String> raw) {

        public String contentType() {
            return raw.headers().firstValue("Content-Type").orElse("");
        }
    }

    public Response get(@Nullable String token, String path) {
        return send(token, path, "GET", null);
    }

    public Response post(@Nullable String token, String path, @Nullable String json) {
        return send(token, path, "POST", json);
    }

    public Response patch(@Nullable String token, String path, String json) {
        return send(token, path, "PATCH", json);
    }

    public Response put(@Nullable String token, String path, String json) {
        return send(token, path, "PUT", json);
    }

    public Response delete(@Nullable String token, String path) {
        return send(token, path, "DELETE", null);
    }

    public Response send(@Nullable String token, String path, String method, @Nullable String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .method(method, json == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    public Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isEmpty() ? JSON.missingNode() : parse(response.body());
            return new Response(response.statusCode(), body, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String base() {
        return base;
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (RuntimeException notJson) {
            return JSON.getNodeFactory().textNode(body);
        }
    }
}

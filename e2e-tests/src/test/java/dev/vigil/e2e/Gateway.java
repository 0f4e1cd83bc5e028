package dev.vigil.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** The public API as a client sees it: every call goes through the gateway with the bearer token given. */
final class Gateway {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String JSON = "application/json";

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    Gateway(URI base) {
        this.base = base;
    }

    URI uri(String path) {
        return base.resolve(path);
    }

    ApiResponse get(@Nullable String token, String path) {
        return send(request(token, path).GET());
    }

    ApiResponse post(@Nullable String token, String path, String json) {
        return send(request(token, path).header("Content-Type", JSON).POST(BodyPublishers.ofString(json)));
    }

    ApiResponse put(@Nullable String token, String path, String json) {
        return send(request(token, path).header("Content-Type", JSON).PUT(BodyPublishers.ofString(json)));
    }

    ApiResponse patch(@Nullable String token, String path, String json) {
        return send(request(token, path).header("Content-Type", JSON).method("PATCH", BodyPublishers.ofString(json)));
    }

    ApiResponse delete(@Nullable String token, String path) {
        return send(request(token, path).DELETE());
    }

    /** Starts a request with the token, for callers that read the response themselves (the live stream). */
    HttpRequest.Builder request(@Nullable String token, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    HttpClient client() {
        return http;
    }

    private ApiResponse send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new ApiResponse(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling the gateway", e);
        }
    }
}

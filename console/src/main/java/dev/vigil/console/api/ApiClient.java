package dev.vigil.console.api;

import dev.vigil.console.ConsoleProperties;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public API as the signed-in user: every call carries that user's access token, so the registry decides
 * what the user may see and the console never filters by tenant itself.
 */
@Component
public class ApiClient {

    private final RestClient http;
    private final JsonMapper json;

    ApiClient(RestClient.Builder builder, ConsoleProperties properties) {
        var requests = new JdkClientHttpRequestFactory();
        requests.setReadTimeout(properties.apiTimeout());
        this.json = JsonMapper.builder().build();
        this.http = builder.baseUrl(properties.apiUri().toString())
                .requestFactory(requests)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw failure(response);
                })
                .build();
    }

    /**
     * One page of the overview: the user's monitors with state, maintenance and recent latency, filtered by the
     * API by state (including {@code maintenance}), kind and a part of the name.
     */
    public JsonNode overview(String token, int page, int size, @Nullable String state, @Nullable String kind,
            @Nullable String name) {
        return get(token, uri -> {
            uri.path("/api/v1/overview").queryParam("page", page).queryParam("size", size);
            if (state != null) {
                uri.queryParam("state", state);
            }
            if (kind != null) {
                uri.queryParam("kind", kind);
            }
            if (name != null) {
                uri.queryParam("name", "{name}");
                return uri.build(name);
            }
            return uri.build();
        });
    }

    public JsonNode monitor(String token, UUID id) {
        return get(token, uri -> uri.path("/api/v1/monitors/{id}").build(id));
    }

    public JsonNode status(String token, UUID id) {
        return get(token, uri -> uri.path("/api/v1/monitors/{id}/status").build(id));
    }

    /** The stats series of one window size ({@code 1m}, {@code 5m}, {@code 1h}) over the API's default range. */
    public JsonNode stats(String token, UUID id, String window, @Nullable Instant from) {
        return get(token, uri -> {
            uri.path("/api/v1/monitors/{id}/stats").queryParam("window", window);
            if (from != null) {
                uri.queryParam("from", from.toString());
            }
            return uri.build(id);
        });
    }

    public JsonNode incidents(String token, UUID id) {
        return get(token, uri -> uri.path("/api/v1/monitors/{id}/incidents").build(id));
    }

    public JsonNode alerts(String token, UUID id) {
        return get(token, uri -> uri.path("/api/v1/monitors/{id}/alerts").build(id));
    }

    public JsonNode post(String token, String path, Map<String, ?> body) {
        return read(http.post().uri(path).headers(headers -> headers.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsString(body))
                .retrieve().body(String.class));
    }

    public JsonNode patch(String token, String path, Map<String, ?> body) {
        return read(http.patch().uri(path).headers(headers -> headers.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsString(body))
                .retrieve().body(String.class));
    }

    /** A whole-resource replace, such as the tenant's list of maintenance windows. */
    public JsonNode put(String token, String path, Object body) {
        return read(http.put().uri(path).headers(headers -> headers.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsString(body))
                .retrieve().body(String.class));
    }

    /** A POST without a body, such as pause, resume, test or rotate-secret. */
    public JsonNode act(String token, String path) {
        return read(http.post().uri(path).headers(headers -> headers.setBearerAuth(token))
                .retrieve().body(String.class));
    }

    public void delete(String token, String path) {
        http.delete().uri(path).headers(headers -> headers.setBearerAuth(token)).retrieve().toBodilessEntity();
    }

    public JsonNode get(String token, String path) {
        return read(http.get().uri(path).headers(headers -> headers.setBearerAuth(token))
                .retrieve().body(String.class));
    }

    private JsonNode get(String token, Function<UriBuilder, URI> uri) {
        return read(http.get().uri(uri).headers(headers -> headers.setBearerAuth(token))
                .accept(MediaType.APPLICATION_JSON).retrieve().body(String.class));
    }

    private JsonNode read(@Nullable String body) {
        return body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body);
    }

    private ApiException failure(ClientHttpResponse response) throws IOException {
        HttpStatus status = HttpStatus.valueOf(response.getStatusCode().value());
        byte[] body = response.getBody().readAllBytes();
        JsonNode problem = body.length == 0 ? json.createObjectNode() : readQuietly(body);
        List<FieldProblem> fields = problem.path("errors").valueStream()
                .map(error -> new FieldProblem(error.path("field").asString(""), error.path("message").asString("")))
                .toList();
        return new ApiException(status, problem.path("detail").asString(status.getReasonPhrase()), fields);
    }

    private JsonNode readQuietly(byte[] body) {
        try {
            return json.readTree(body);
        } catch (RuntimeException e) {
            return json.createObjectNode();
        }
    }
}

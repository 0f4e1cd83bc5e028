package dev.vigil.testkit.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A request as an upstream received it: what tests assert a gateway or webhook sender actually sent. */
public record RecordedRequest(String method, String path, Map<String, List<String>> headers, String body) {

    /** The first value of a header, looked up case-insensitively as HTTP demands. */
    public Optional<String> header(String name) {
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .flatMap(entry -> entry.getValue().stream())
                .findFirst();
    }

    public boolean hasHeader(String name) {
        return header(name).isPresent();
    }
}

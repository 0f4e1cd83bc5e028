package dev.vigil.probe.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Status line and headers of a response; header names are lower case. */
record ResponseHead(int status, Map<String, List<String>> headers) {

    private static final int NO_CONTENT = 204;
    private static final int NOT_MODIFIED = 304;
    private static final int FIRST_NON_INFORMATIONAL = 200;

    Optional<String> header(String name) {
        List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        return values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    boolean hasBody(String method) {
        return !method.equals("HEAD") && status >= FIRST_NON_INFORMATIONAL && status != NO_CONTENT
                && status != NOT_MODIFIED;
    }

    boolean chunked() {
        return header("transfer-encoding").map(value -> value.toLowerCase(Locale.ROOT).contains("chunked"))
                .orElse(false);
    }
}

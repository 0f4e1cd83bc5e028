package dev.vigil.registry.monitor;

import dev.vigil.contracts.monitor.HttpCheck;
import dev.vigil.contracts.monitor.HttpMethod;
import dev.vigil.contracts.monitor.StatusCodeRange;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The http part of a request, with absent values meaning the defaults rather than false or zero. */
record HttpSettings(
        @Nullable HttpMethod method,
        @Nullable Map<String, String> headers,
        @Nullable String body,
        @Nullable List<StatusCodeRange> expectedStatusCodes,
        @Nullable Boolean followRedirects,
        @Nullable Integer maxBodyBytes) {

    static HttpSettings of(HttpCheck http) {
        return new HttpSettings(http.method(), http.headers(), http.body(), http.expectedStatusCodes(),
                http.followRedirects(), http.maxBodyBytes());
    }

    HttpSettings withHeaders(Map<String, String> replaced) {
        return new HttpSettings(method, replaced, body, expectedStatusCodes, followRedirects, maxBodyBytes);
    }

    HttpCheck toCheck() {
        return new HttpCheck(
                method == null ? HttpMethod.GET : method,
                headers,
                body,
                expectedStatusCodes,
                followRedirects == null || followRedirects,
                maxBodyBytes == null ? HttpCheck.DEFAULT_MAX_BODY_BYTES : maxBodyBytes);
    }
}

package dev.vigil.probe.check;

import dev.vigil.contracts.monitor.HttpCheck;
import dev.vigil.contracts.probe.ProbeErrorKind;
import dev.vigil.contracts.secret.Sealer;
import dev.vigil.probe.net.ProbeFailure;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Map;

/**
 * Opens the check header values the registry sealed with the check key, just before a request is sent, so the clear
 * values live only in this request's memory; values published before sealing existed pass as they are.
 */
final class SealedHeaders {

    static final String UNREADABLE = "vigil.probe.sealed.headers.unreadable";

    private final Sealer sealer;
    private final Counter unreadable;

    SealedHeaders(Sealer sealer, MeterRegistry meters) {
        this.sealer = sealer;
        // Registered at zero, so an alert on its increase sees the first failure.
        this.unreadable = Counter.builder(UNREADABLE)
                .description("Check header values this prober's check key could not open (a key differing from the"
                        + " registry's); each fails its probe as internal")
                .register(meters);
    }

    /** @throws ProbeFailure naming the header (never its value) when this prober's key cannot open it */
    HttpCheck opened(HttpCheck http) throws ProbeFailure {
        if (http.headers().values().stream().noneMatch(Sealer::isSealed)) {
            return http;
        }
        Map<String, String> headers = new HashMap<>();
        for (Map.Entry<String, String> header : http.headers().entrySet()) {
            headers.put(header.getKey(), open(header.getKey(), header.getValue()));
        }
        return new HttpCheck(http.method(), headers, http.body(), http.expectedStatusCodes(), http.followRedirects(),
                http.maxBodyBytes());
    }

    private String open(String name, String value) throws ProbeFailure {
        if (!Sealer.isSealed(value)) {
            return value;
        }
        try {
            return sealer.open(value);
        } catch (IllegalStateException | IllegalArgumentException unopenable) {
            unreadable.increment();
            throw new ProbeFailure(ProbeErrorKind.INTERNAL, "header " + name + " could not be opened with check key "
                    + sealer.keyId() + ": " + unopenable.getMessage(), null);
        }
    }
}

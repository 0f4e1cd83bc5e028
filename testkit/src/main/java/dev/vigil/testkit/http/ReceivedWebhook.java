package dev.vigil.testkit.http;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A request as {@link ScriptedWebhookReceiver} read it: the raw body bytes (a signature is over exactly these), the
 * first value of each header under its lower-cased name, and when the request was read, for timing assertions.
 */
public record ReceivedWebhook(String method, String path, Map<String, String> headers, byte[] body,
        Instant receivedAt) {

    public ReceivedWebhook {
        headers = Map.copyOf(headers);
    }

    /** Looked up case-insensitively, as HTTP demands; null when the request did not carry it. */
    public @Nullable String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}

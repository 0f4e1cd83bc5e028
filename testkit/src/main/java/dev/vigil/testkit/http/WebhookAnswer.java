package dev.vigil.testkit.http;

import java.time.Duration;
import java.util.Map;

/**
 * How {@link ScriptedWebhookReceiver} answers one request: a status with headers, now or after a delay, or no answer
 * at all, as a receiver that accepted the connection and then stalled.
 */
public sealed interface WebhookAnswer {

    /** {@code status} with {@code headers}, sent once {@code after} has passed since the request was read. */
    record Respond(int status, Map<String, String> headers, Duration after) implements WebhookAnswer {

        public Respond {
            headers = Map.copyOf(headers);
        }
    }

    /** Nothing is sent; the connection is closed without an answer once released or when the receiver closes. */
    record Hang() implements WebhookAnswer {
    }

    static WebhookAnswer status(int status) {
        return new Respond(status, Map.of(), Duration.ZERO);
    }

    static WebhookAnswer status(int status, String header, String value) {
        return new Respond(status, Map.of(header, value), Duration.ZERO);
    }

    /** A redirect ({@code 301}, {@code 302}, ...) to {@code location}. */
    static WebhookAnswer redirect(int status, String location) {
        return status(status, "Location", location);
    }

    static WebhookAnswer after(Duration delay, int status) {
        return new Respond(status, Map.of(), delay);
    }

    static WebhookAnswer hang() {
        return new Hang();
    }
}

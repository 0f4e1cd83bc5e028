package dev.vigil.notifier.delivery;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** What one attempt to reach a channel came to; the delivery flow decides from it whether to retry. */
public sealed interface SendResult {

    record Delivered() implements SendResult {
    }

    /** Worth another try; {@code retryAfter} is the receiver's own wish (HTTP Retry-After), when it stated one. */
    record Retryable(String error, @Nullable Duration retryAfter) implements SendResult {
    }

    /** Trying again would fail the same way. */
    record Permanent(String error) implements SendResult {
    }

    /** The receiver says the endpoint is gone for good (HTTP 410): the channel is switched off. */
    record Gone(String error) implements SendResult {
    }
}

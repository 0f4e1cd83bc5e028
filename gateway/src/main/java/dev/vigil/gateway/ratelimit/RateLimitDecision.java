package dev.vigil.gateway.ratelimit;

import java.time.Duration;

/** The answer of a bucket: go ahead (with what is left), or wait at least {@code retryAfter}. */
record RateLimitDecision(boolean allowed, long remaining, Duration retryAfter) {

    static RateLimitDecision allow(long remaining) {
        return new RateLimitDecision(true, remaining, Duration.ZERO);
    }

    static RateLimitDecision deny(Duration retryAfter) {
        return new RateLimitDecision(false, 0, retryAfter);
    }
}

package dev.vigil.notifier.delivery;

import java.time.Instant;

/** The answer of the delivery log to "may I attempt this (alert, channel) now?". */
sealed interface Claim {

    /** Yes; this is attempt number {@code attempt}. */
    record Granted(int attempt) implements Claim {
    }

    /** Already delivered, failed or disabled: a duplicate task, dropped. */
    record Settled() implements Claim {
    }

    /**
     * Not before {@code notBefore}: a receiver's Retry-After reaches past this retry topic's delay, or
     * ({@code inFlight}) another consumer holds a fresh claim on it.
     */
    record NotYet(Instant notBefore, boolean inFlight, int attempts) implements Claim {
    }
}

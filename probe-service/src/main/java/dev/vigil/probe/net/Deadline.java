package dev.vigil.probe.net;

import java.net.SocketTimeoutException;
import java.time.Duration;

/** The one time budget of a probe, shared by every phase, so a slow phase leaves less for the next. */
public record Deadline(long startNanos, long budgetNanos) {

    private static final long NANOS_PER_MILLI = 1_000_000;

    public static Deadline startingNow(Duration budget) {
        return new Deadline(System.nanoTime(), budget.toNanos());
    }

    public boolean passed() {
        return leftNanos() <= 0;
    }

    /** Time left as a socket timeout (never 0, which sockets read as "forever"). */
    public int remainingMillis() throws SocketTimeoutException {
        long left = leftNanos();
        if (left <= 0) {
            throw new SocketTimeoutException("probe timeout of " + budgetNanos / NANOS_PER_MILLI + " ms passed");
        }
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (left + NANOS_PER_MILLI - 1) / NANOS_PER_MILLI));
    }

    private long leftNanos() {
        return startNanos + budgetNanos - System.nanoTime();
    }
}

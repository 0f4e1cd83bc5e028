package dev.vigil.probe.net;

import dev.vigil.contracts.probe.ProbeTimings;
import org.jspecify.annotations.Nullable;

/**
 * Collects how long each phase of one probe took, from {@link System#nanoTime()}; phases repeated across redirect
 * hops add up. One probe, one thread, so it is not synchronised.
 */
public final class PhaseTimings {

    private static final double NANOS_PER_MILLI = 1_000_000.0;

    private final long startNanos = System.nanoTime();
    private long dnsNanos = -1;
    private long connectNanos = -1;
    private long tlsNanos = -1;
    private long ttfbNanos = -1;

    public void addDns(long nanos) {
        dnsNanos = add(dnsNanos, nanos);
    }

    void addConnect(long nanos) {
        connectNanos = add(connectNanos, nanos);
    }

    void addTls(long nanos) {
        tlsNanos = add(tlsNanos, nanos);
    }

    /** From the request written to the first byte of the answer. */
    public void addTimeToFirstByte(long nanos) {
        ttfbNanos = add(ttfbNanos, nanos);
    }

    /** The phases reached so far, and the total from the start of the probe until now. */
    public ProbeTimings finish() {
        return new ProbeTimings(millis(dnsNanos), millis(connectNanos), millis(tlsNanos), millis(ttfbNanos),
                (System.nanoTime() - startNanos) / NANOS_PER_MILLI);
    }

    private static long add(long sum, long nanos) {
        return Math.max(sum, 0) + nanos;
    }

    private static @Nullable Double millis(long nanos) {
        return nanos < 0 ? null : nanos / NANOS_PER_MILLI;
    }
}

package dev.vigil.scheduler.schedule;

import java.util.UUID;

/**
 * The instants a monitor fires at, {@code k·interval + phase}, with the phase a stable hash of the monitor id: any
 * instance computes the same grid, so load spreads evenly over the interval, a restart causes no burst and a new
 * owner after a rebalance continues where the old one stopped.
 */
record Grid(long intervalMillis, long phaseMillis) {

    Grid {
        if (intervalMillis <= 0 || phaseMillis < 0 || phaseMillis >= intervalMillis) {
            throw new IllegalArgumentException(
                    "phase must lie within a positive interval: interval " + intervalMillis + ", phase " + phaseMillis);
        }
    }

    static Grid of(UUID monitorId, long intervalMillis) {
        return new Grid(intervalMillis, phase(monitorId, intervalMillis));
    }

    /** Mixed first, because time-ordered UUIDs (version 7) carry few random bits in any single place. */
    static long phase(UUID monitorId, long intervalMillis) {
        return Math.floorMod(mix(monitorId.getMostSignificantBits() ^ monitorId.getLeastSignificantBits()),
                intervalMillis);
    }

    /**
     * The first grid instant strictly after {@code epochMillis}: a monitor never fires twice for one instant, and
     * ticks missed while the scheduler was down or late are skipped rather than caught up.
     */
    long nextAfter(long epochMillis) {
        return phaseMillis + (Math.floorDiv(epochMillis - phaseMillis, intervalMillis) + 1) * intervalMillis;
    }

    /** The finaliser of MurmurHash3: every input bit affects every output bit. */
    static long mix(long bits) {
        long h = bits;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe51a87e5L;
        h ^= h >>> 33;
        return h;
    }
}

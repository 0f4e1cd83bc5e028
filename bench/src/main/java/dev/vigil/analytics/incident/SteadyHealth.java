package dev.vigil.analytics.incident;

import dev.vigil.contracts.alert.AlertType;
import dev.vigil.contracts.stats.LatencySummary;
import dev.vigil.contracts.status.MonitorState;
import dev.vigil.contracts.status.ResultSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The health entry of a monitor that has been watched for a whole SLA period, in the store's own bytes: the analytics
 * benchmark preloads it into the health changelog, so the first measured result already reads and writes state of
 * its production size instead of a state that grows through the run. Lives in the health state's package because the
 * state and its serde are package-private by design; the benchmark writes no other layout.
 */
public final class SteadyHealth {

    private static final Duration SLOW_BURN_WINDOW = Duration.ofHours(6);
    private static final int FAILED_CHECK_EVERY = 500;
    private static final double MEDIAN_MS = 40;
    private static final int TLS_DAYS = 90;

    private SteadyHealth() {
    }

    /**
     * An up monitor of the given interval and regions whose history (one check per interval, one in 500 failed) ends
     * just before {@code end}, with the latest latency of every window size and a past failure streak and recovery.
     */
    public static byte[] bytes(Instant end, int intervalSeconds, List<String> regions, int periodDays,
            List<Duration> windowSizes) {
        var s = new HealthState();
        Duration period = Duration.ofDays(periodDays);
        Instant first = end.minus(period);
        long checks = period.toSeconds() / intervalSeconds;
        for (long i = 0; i < checks; i++) {
            Instant at = first.plusSeconds(i * intervalSeconds);
            boolean good = i % FAILED_CHECK_EVERY != 0;
            s.hours.record(at, good, period);
            s.minutes.record(at, good, SLOW_BURN_WINDOW);
        }
        long last = end.minusSeconds(intervalSeconds).toEpochMilli();
        s.state = MonitorState.UP;
        s.sinceMs = first.toEpochMilli();
        s.consecutiveSuccesses = (int) Math.min(Integer.MAX_VALUE, checks);
        s.lastFinalizedSlot = Math.floorDiv(last, intervalSeconds * 1000L);
        s.lastResultStartedMs = last;
        s.lastResult = new ResultSummary(Instant.ofEpochMilli(last), regions.getLast(), true, 200, null, MEDIAN_MS);
        s.lastAlertMs.put(AlertType.FAILURE_STREAK, first.plus(Duration.ofDays(1)).toEpochMilli());
        s.lastAlertMs.put(AlertType.RECOVERY, first.plus(Duration.ofDays(1)).plusSeconds(600).toEpochMilli());
        s.tlsDaysRemaining = TLS_DAYS;
        for (Duration size : windowSizes) {
            s.latestLatency.put((int) size.toSeconds(),
                    new LatencySummary(MEDIAN_MS, MEDIAN_MS, 2 * MEDIAN_MS, 3 * MEDIAN_MS, 4 * MEDIAN_MS));
        }
        return new HealthStateSerde().serializer().serialize("", s);
    }
}

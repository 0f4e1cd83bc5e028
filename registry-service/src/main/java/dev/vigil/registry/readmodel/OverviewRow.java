package dev.vigil.registry.readmodel;

import dev.vigil.contracts.monitor.CheckKind;
import dev.vigil.contracts.status.MonitorStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One monitor as a list of all of them shows it: what it checks, how it stands now and its recent latency, so a
 * client draws a whole overview page from one answer instead of one status call per monitor.
 *
 * @param state up, down, degraded, paused or unknown: paused whenever the monitor is disabled, whatever its last
 *     status said
 * @param inMaintenance whether one of the monitor's or its tenant's maintenance windows covers this moment
 * @param status the latest status record; null before the first result
 * @param latency the all-regions p95 of each recent window, oldest first; a window without passed probes has none
 */
record OverviewRow(
        UUID id,
        String name,
        CheckKind kind,
        String target,
        int intervalSeconds,
        boolean enabled,
        double slaTargetPercent,
        String state,
        boolean inMaintenance,
        @Nullable MonitorStatus status,
        List<LatencyPoint> latency) {

    /** The p95 of one window, by the window's start. */
    record LatencyPoint(Instant at, @Nullable Double p95Ms) {
    }
}

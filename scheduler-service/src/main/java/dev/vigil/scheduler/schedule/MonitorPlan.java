package dev.vigil.scheduler.schedule;

import dev.vigil.contracts.monitor.CheckSpec;
import java.util.List;
import java.util.UUID;

/**
 * The part of a monitor snapshot the scheduler keeps, held compactly because there are a million of them: the id as
 * its two halves (no {@code UUID} object per monitor), the check as a shared {@link CheckTemplate} plus the target,
 * the interval in seconds as the snapshot has it. The tenant, template and {@code regions} (already resolved, never
 * empty) are shared between monitors.
 */
public record MonitorPlan(long idHigh, long idLow, String tenant, long version, CheckTemplate template, String target,
        List<String> regions, int intervalSeconds) {

    private static final long MILLIS_PER_SECOND = 1000;

    public UUID monitorId() {
        return new UUID(idHigh, idLow);
    }

    /** Built for each tick rather than kept: equal to the monitor's check, and written to the same bytes. */
    public CheckSpec check() {
        return template.withTarget(target);
    }

    public long intervalMillis() {
        return intervalSeconds * MILLIS_PER_SECOND;
    }
}

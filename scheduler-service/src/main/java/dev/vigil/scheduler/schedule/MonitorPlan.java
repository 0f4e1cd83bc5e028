package dev.vigil.scheduler.schedule;

import dev.vigil.contracts.monitor.CheckSpec;
import java.util.List;
import java.util.UUID;

/**
 * The part of a monitor snapshot the scheduler keeps, so a million monitors hold only what a probe request needs;
 * {@code regions} is already resolved (never empty) and shared between monitors with the same regions.
 */
record MonitorPlan(UUID monitorId, String tenant, long version, CheckSpec check, List<String> regions,
        long intervalMillis) {
}

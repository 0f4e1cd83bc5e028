package dev.vigil.scheduler.schedule;

/**
 * A monitor's snapshot as the schedule takes it: its compact plan, and whether it is probed at all. A paused monitor
 * is not, but its version still counts, so a late copy of an older change cannot resume it.
 */
public record PlannedMonitor(MonitorPlan plan, boolean enabled) {
}

package dev.vigil.scheduler.schedule;

/**
 * One monitor in the schedule's queue. Its fire time changes only while it is out of the queue (just fired), so the
 * queue's order stays valid; a monitor removed or given a new grid is only marked cancelled and skipped when it
 * reaches the head, which keeps removal O(1).
 */
final class ScheduledMonitor {

    private MonitorPlan plan;
    private long nextFireAt;
    private boolean cancelled;

    ScheduledMonitor(MonitorPlan plan, long nextFireAt) {
        this.plan = plan;
        this.nextFireAt = nextFireAt;
    }

    /** Computed, not stored: a few nanoseconds per tick are cheaper than a field in every one of a million entries. */
    Grid grid() {
        return Grid.of(plan.monitorId(), plan.intervalMillis());
    }

    MonitorPlan plan() {
        return plan;
    }

    void replacePlan(MonitorPlan newPlan) {
        plan = newPlan;
    }

    long nextFireAt() {
        return nextFireAt;
    }

    void moveTo(long fireAt) {
        nextFireAt = fireAt;
    }

    boolean cancelled() {
        return cancelled;
    }

    void cancel() {
        cancelled = true;
    }
}

package dev.vigil.scheduler.schedule;

import dev.vigil.contracts.monitor.CheckSpec;
import dev.vigil.contracts.probe.ProbeRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Builds the requests of one tick of one monitor: one per region, all valid until the same deadline. */
final class ProbeRequests {

    private final long maxDeadlineMillis;

    ProbeRequests(Duration maxDeadline) {
        if (!maxDeadline.isPositive()) {
            throw new IllegalArgumentException("maxDeadline must be positive, was " + maxDeadline);
        }
        this.maxDeadlineMillis = maxDeadline.toMillis();
    }

    List<ProbeRequest> forTick(MonitorPlan plan, long scheduledAtMillis) {
        Instant scheduledAt = Instant.ofEpochMilli(scheduledAtMillis);
        Instant deadline = deadline(plan, scheduledAt);
        UUID monitorId = plan.monitorId();
        CheckSpec check = plan.check();
        List<ProbeRequest> requests = new ArrayList<>(plan.regions().size());
        for (String region : plan.regions()) {
            requests.add(new ProbeRequest(monitorId, plan.tenant(), plan.version(), region, scheduledAt, deadline,
                    check));
        }
        return requests;
    }

    /** A request is worth running until the next one is due, but a long interval must not keep stale work alive. */
    Instant deadline(MonitorPlan plan, Instant scheduledAt) {
        return scheduledAt.plusMillis(Math.min(plan.intervalMillis(), maxDeadlineMillis));
    }
}

package dev.vigil.registry.monitor;

import dev.vigil.contracts.monitor.MaintenanceWindow;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes a new version of every monitor of a tenant, because tenant-wide maintenance windows travel inside each
 * snapshot and consumers only learn of a change through a new one.
 */
@Component
public class TenantRepublisher {

    private final MonitorRepository monitors;
    private final MonitorPublisher publisher;
    private final Clock clock;

    TenantRepublisher(MonitorRepository monitors, MonitorPublisher publisher, Clock clock) {
        this.monitors = monitors;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Call with the tenant's settings row locked, so the windows cannot change again half way. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int republish(String tenant, List<MaintenanceWindow> tenantWindows) {
        List<MonitorSnapshot> all = monitors.lockAll(tenant);
        for (MonitorSnapshot m : all) {
            MonitorSnapshot next = new MonitorSnapshot(m.id(), m.tenant(), m.name(), m.check(), m.intervalSeconds(),
                    m.failureThreshold(), m.recoveryThreshold(), m.reminderIntervalSeconds(), m.slaTargetPercent(),
                    m.p95ThresholdMs(), m.p99ThresholdMs(), m.tlsExpiryWarningDays(), m.regions(), m.quorum(),
                    m.maintenanceWindows(), m.enabled(), m.version() + 1, clock.instant());
            monitors.update(next);
            publisher.changed(next, MonitorChange.UPDATED, tenantWindows);
        }
        return all.size();
    }
}

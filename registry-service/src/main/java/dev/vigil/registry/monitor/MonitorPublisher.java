package dev.vigil.registry.monitor;

import dev.vigil.contracts.monitor.MaintenanceWindow;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.registry.outbox.Aggregate;
import dev.vigil.registry.outbox.OutboxWriter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a monitor change to the outbox as the snapshot the pipeline sees: the stored monitor with the tenant-wide
 * maintenance windows added, because consumers must not need a second lookup to honour them.
 */
@Component
class MonitorPublisher {

    private static final Logger log = LoggerFactory.getLogger(MonitorPublisher.class);

    private final OutboxWriter outbox;
    private final MeterRegistry meters;

    MonitorPublisher(OutboxWriter outbox, MeterRegistry meters) {
        this.outbox = outbox;
        this.meters = meters;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void changed(MonitorSnapshot stored, MonitorChange change, List<MaintenanceWindow> tenantWindows) {
        UUID eventId = outbox.append(Aggregate.MONITOR, stored.id(), change.wireName(),
                published(stored, tenantWindows));
        counted(stored, change, eventId);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void deleted(MonitorSnapshot stored) {
        UUID eventId = outbox.append(Aggregate.MONITOR, stored.id(), MonitorChange.DELETED.wireName(), null);
        counted(stored, MonitorChange.DELETED, eventId);
    }

    static MonitorSnapshot published(MonitorSnapshot m, List<MaintenanceWindow> tenantWindows) {
        if (tenantWindows.isEmpty()) {
            return m;
        }
        List<MaintenanceWindow> windows = new ArrayList<>(m.maintenanceWindows());
        windows.addAll(tenantWindows);
        return new MonitorSnapshot(m.id(), m.tenant(), m.name(), m.check(), m.intervalSeconds(),
                m.failureThreshold(), m.recoveryThreshold(), m.reminderIntervalSeconds(), m.slaTargetPercent(),
                m.p95ThresholdMs(), m.p99ThresholdMs(), m.tlsExpiryWarningDays(), m.regions(), m.quorum(), windows,
                m.enabled(), m.version(), m.updatedAt());
    }

    private void counted(MonitorSnapshot monitor, MonitorChange change, UUID eventId) {
        meters.counter("vigil.registry.monitor.changes", "type", change.wireName()).increment();
        log.atInfo()
                .addKeyValue("monitorId", monitor.id())
                .addKeyValue("tenant", monitor.tenant())
                .addKeyValue("change", change.wireName())
                .addKeyValue("version", monitor.version())
                .addKeyValue("outboxId", eventId)
                .log("monitor changed");
    }
}

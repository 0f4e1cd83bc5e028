package dev.vigil.registry.monitor;

import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.registry.tenant.TenantSettingsStore;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals the check header values stored in clear by a registry from before sealing, at every start, and publishes the
 * next version of each such monitor so the compacted monitors topic drops the clear copy too. Idempotent: a sealed
 * value is left as it is, and concurrent replicas take the rows one after the other.
 */
@Component
class LegacyHeaderSealing implements ApplicationRunner {

    static final String METRIC = "vigil.registry.secrets.resealed";

    private static final Logger log = LoggerFactory.getLogger(LegacyHeaderSealing.class);

    private final MonitorRepository monitors;
    private final CheckSecrets secrets;
    private final MonitorPublisher publisher;
    private final TenantSettingsStore tenants;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;
    private final Clock clock;

    LegacyHeaderSealing(MonitorRepository monitors, CheckSecrets secrets, MonitorPublisher publisher,
            TenantSettingsStore tenants, TransactionTemplate transactions, MeterRegistry meters, Clock clock) {
        this.monitors = monitors;
        this.secrets = secrets;
        this.publisher = publisher;
        this.tenants = tenants;
        this.transactions = transactions;
        this.meters = meters;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        sealAll();
    }

    /** @return how many monitors had values in clear */
    int sealAll() {
        Integer sealed = transactions.execute(status -> {
            int count = 0;
            for (MonitorSnapshot stored : monitors.lockAllWithHeaders()) {
                if (!CheckSecrets.holdsPlainValues(stored)) {
                    continue;
                }
                MonitorSnapshot m = secrets.sealedWhereClear(stored);
                MonitorSnapshot next = new MonitorSnapshot(m.id(), m.tenant(), m.name(), m.check(),
                        m.intervalSeconds(), m.failureThreshold(), m.recoveryThreshold(), m.reminderIntervalSeconds(),
                        m.slaTargetPercent(), m.p95ThresholdMs(), m.p99ThresholdMs(), m.tlsExpiryWarningDays(),
                        m.regions(), m.quorum(), m.maintenanceWindows(), m.enabled(), m.version() + 1,
                        clock.instant());
                monitors.update(next);
                publisher.changed(next, MonitorChange.UPDATED, tenants.read(next.tenant()).maintenanceWindows());
                count++;
            }
            return count;
        });
        int count = sealed == null ? 0 : sealed;
        if (count > 0) {
            meters.counter(METRIC, "field", "check_header").increment(count);
            log.atInfo().addKeyValue("monitors", count).log("check header values stored in clear were sealed");
        }
        return count;
    }
}

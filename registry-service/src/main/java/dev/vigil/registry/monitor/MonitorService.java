package dev.vigil.registry.monitor;

import dev.vigil.contracts.monitor.CheckKind;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.registry.quota.QuotaGuard;
import dev.vigil.registry.tenant.TenantSettingsStore;
import dev.vigil.registry.web.Problems;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The monitor use cases; each runs in one transaction that writes the monitor and its outbox row together, so the
 * pipeline sees exactly the changes that were committed.
 */
@Service
class MonitorService {

    private final MonitorRepository monitors;
    private final MonitorValidator validator;
    private final TargetGuard targets;
    private final QuotaGuard quota;
    private final TenantSettingsStore tenants;
    private final MonitorPublisher publisher;
    private final CheckSecrets secrets;
    private final Clock clock;

    MonitorService(MonitorRepository monitors, MonitorValidator validator, TargetGuard targets, QuotaGuard quota,
            TenantSettingsStore tenants, MonitorPublisher publisher, CheckSecrets secrets, Clock clock) {
        this.monitors = monitors;
        this.validator = validator;
        this.targets = targets;
        this.quota = quota;
        this.tenants = tenants;
        this.publisher = publisher;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** Answers, like every use case here, with header values masked: they are the check owner's secrets. */
    @Transactional
    MonitorSnapshot create(String tenant, MonitorRequest request) {
        MonitorRequest plain = CheckSecrets.unmasked(request, Map.of());
        validator.validate(plain);
        targets.requirePublic(Objects.requireNonNull(plain.kind()), Objects.requireNonNull(plain.target()));
        MonitorSnapshot monitor = secrets.sealed(SnapshotFactory.build(plain, UUID.randomUUID(), tenant, true, 1,
                now()));
        quota.claimSlot(tenant);
        monitors.insert(monitor);
        publisher.changed(monitor, MonitorChange.CREATED, tenants.read(tenant).maintenanceWindows());
        return CheckSecrets.masked(monitor);
    }

    @Transactional(readOnly = true)
    MonitorSnapshot get(String tenant, UUID id) {
        return CheckSecrets.masked(monitors.find(id, tenant).orElseThrow(() -> notFound(id)));
    }

    @Transactional(readOnly = true)
    MonitorPage list(String tenant, @Nullable Boolean enabled, @Nullable CheckKind kind, int page, int size) {
        return new MonitorPage(
                monitors.page(tenant, enabled, kind, page, size).stream().map(CheckSecrets::masked).toList(),
                page, size, monitors.count(tenant, enabled, kind));
    }

    /** Works on the header values in clear, so limits apply to what the probe sends, and seals them again. */
    @Transactional
    MonitorSnapshot patch(String tenant, UUID id, MonitorRequest patch) {
        MonitorSnapshot current = secrets.opened(monitors.lock(id, tenant).orElseThrow(() -> notFound(id)));
        requireSameTarget(current, patch);
        MonitorRequest merged = MonitorRequest.of(current)
                .overlay(CheckSecrets.unmasked(patch, CheckSecrets.headers(current)));
        validator.validate(merged);
        MonitorSnapshot updated = SnapshotFactory.build(merged, id, tenant, current.enabled(),
                current.version() + 1, now());
        return save(secrets.sealed(updated), MonitorChange.UPDATED);
    }

    @Transactional
    MonitorSnapshot pause(String tenant, UUID id) {
        return setEnabled(tenant, id, false);
    }

    @Transactional
    MonitorSnapshot resume(String tenant, UUID id) {
        return setEnabled(tenant, id, true);
    }

    @Transactional
    void delete(String tenant, UUID id) {
        MonitorSnapshot current = monitors.lock(id, tenant).orElseThrow(() -> notFound(id));
        monitors.delete(id, tenant);
        publisher.deleted(current);
    }

    private MonitorSnapshot setEnabled(String tenant, UUID id, boolean enabled) {
        if (enabled) {
            // Lock order is tenant row, then monitor row, as in a tenant-wide republish, so the two cannot deadlock.
            tenants.lock(tenant);
        }
        MonitorSnapshot current = monitors.lock(id, tenant).orElseThrow(() -> notFound(id));
        if (current.enabled() == enabled) {
            return CheckSecrets.masked(current);
        }
        if (enabled) {
            quota.claimSlot(tenant);
        }
        return save(withEnabled(current, enabled), enabled ? MonitorChange.RESUMED : MonitorChange.PAUSED);
    }

    private MonitorSnapshot save(MonitorSnapshot updated, MonitorChange change) {
        monitors.update(updated);
        publisher.changed(updated, change, tenants.read(updated.tenant()).maintenanceWindows());
        return CheckSecrets.masked(updated);
    }

    private MonitorSnapshot withEnabled(MonitorSnapshot m, boolean enabled) {
        return new MonitorSnapshot(m.id(), m.tenant(), m.name(), m.check(), m.intervalSeconds(),
                m.failureThreshold(), m.recoveryThreshold(), m.reminderIntervalSeconds(), m.slaTargetPercent(),
                m.p95ThresholdMs(), m.p99ThresholdMs(), m.tlsExpiryWarningDays(), m.regions(), m.quorum(),
                m.maintenanceWindows(), enabled, m.version() + 1, now());
    }

    /** The target decides what a monitor's history means; changing it would silently mix two services' data. */
    private static void requireSameTarget(MonitorSnapshot current, MonitorRequest patch) {
        boolean kindChanged = patch.kind() != null && patch.kind() != current.check().kind();
        boolean targetChanged = patch.target() != null && !patch.target().equals(current.check().target());
        if (kindChanged || targetChanged) {
            throw Problems.conflict("immutable-target", "Target is immutable",
                    "a monitor's kind and target cannot change after creation; delete this monitor and create a"
                            + " new one with the new target");
        }
    }

    private Instant now() {
        return clock.instant();
    }

    private static ResponseStatusException notFound(UUID id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no monitor " + id);
    }
}

package dev.vigil.registry.monitor;

import dev.vigil.contracts.monitor.CheckSpec;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.registry.web.ContractErrors;
import dev.vigil.registry.web.InvalidRequestException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Builds the contract snapshot from a validated request, filling the documented defaults; whatever the contract
 * records still refuse becomes a field error, since it can only come from the client's input.
 */
final class SnapshotFactory {

    /** Probes of one monitor must not overlap, so the default timeout never exceeds half of the interval. */
    private static final int DEFAULT_TIMEOUT_MS = 10_000;
    private static final int MILLIS_PER_SECOND = 1000;
    private static final int HALF = 2;

    private SnapshotFactory() {
    }

    static MonitorSnapshot build(MonitorRequest request, UUID id, String tenant, boolean enabled, long version,
            Instant updatedAt) {
        int interval = Objects.requireNonNull(request.intervalSeconds());
        int timeout = request.timeoutMs() != null
                ? request.timeoutMs()
                : Math.min(DEFAULT_TIMEOUT_MS, interval * MILLIS_PER_SECOND / HALF);
        try {
            CheckSpec check = new CheckSpec(
                    Objects.requireNonNull(request.kind()),
                    Objects.requireNonNull(request.target()),
                    timeout,
                    request.http() == null ? null : request.http().toCheck(),
                    request.keyword(),
                    request.jsonAssertions(),
                    request.dns(),
                    request.tls() == null ? null : request.tls().toCheck());
            return new MonitorSnapshot(id, tenant, Objects.requireNonNull(request.name()), check, interval,
                    or(request.failureThreshold(), MonitorSnapshot.DEFAULT_FAILURE_THRESHOLD),
                    or(request.recoveryThreshold(), MonitorSnapshot.DEFAULT_RECOVERY_THRESHOLD),
                    request.reminderIntervalSeconds(),
                    request.slaTargetPercent() == null
                            ? MonitorSnapshot.DEFAULT_SLA_TARGET_PERCENT : request.slaTargetPercent(),
                    request.p95ThresholdMs(),
                    request.p99ThresholdMs(),
                    or(request.tlsExpiryWarningDays(), MonitorSnapshot.DEFAULT_TLS_EXPIRY_WARNING_DAYS),
                    request.regions(),
                    request.quorum(),
                    request.maintenanceWindows(),
                    enabled,
                    version,
                    updatedAt);
        } catch (IllegalArgumentException refused) {
            throw new InvalidRequestException(List.of(ContractErrors.toFieldError(refused, "")));
        }
    }

    private static int or(@Nullable Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}

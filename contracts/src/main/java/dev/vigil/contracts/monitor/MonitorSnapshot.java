package dev.vigil.contracts.monitor;

import dev.vigil.contracts.Require;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The full current definition of a monitor, published on every change so that a compacted topic alone can rebuild
 * every service's view of it; a deleted monitor is a tombstone, not a flag.
 */
public record MonitorSnapshot(
    UUID id,
    String tenant,
    String name,
    CheckSpec check,
    int intervalSeconds,
    int failureThreshold,
    int recoveryThreshold,
    @Nullable Integer reminderIntervalSeconds,
    double slaTargetPercent,
    @Nullable Double p95ThresholdMs,
    @Nullable Double p99ThresholdMs,
    int tlsExpiryWarningDays,
    List<String> regions,
    @Nullable Integer quorum,
    List<MaintenanceWindow> maintenanceWindows,
    boolean enabled,
    long version,
    Instant updatedAt) {

  public static final int DEFAULT_FAILURE_THRESHOLD = 3;
  public static final int DEFAULT_RECOVERY_THRESHOLD = 1;
  public static final double DEFAULT_SLA_TARGET_PERCENT = 99.9;
  public static final int DEFAULT_TLS_EXPIRY_WARNING_DAYS = 30;

  private static final int MILLIS_PER_SECOND = 1000;

  public MonitorSnapshot {
    Require.present(id, "id");
    Require.text(tenant, "tenant");
    Require.text(name, "name");
    Require.present(check, "check");
    Require.atLeast(intervalSeconds, 1, "intervalSeconds");
    Require.that(check.timeoutMs() <= (long) intervalSeconds * MILLIS_PER_SECOND,
        "'check.timeoutMs' must not exceed the interval, or probes of one monitor would overlap");
    Require.atLeast(failureThreshold, 1, "failureThreshold");
    Require.atLeast(recoveryThreshold, 1, "recoveryThreshold");
    Require.atLeastIfPresent(reminderIntervalSeconds, 1, "reminderIntervalSeconds");
    Require.percent(slaTargetPercent, "slaTargetPercent");
    Require.notNegativeIfPresent(p95ThresholdMs, "p95ThresholdMs");
    Require.notNegativeIfPresent(p99ThresholdMs, "p99ThresholdMs");
    Require.atLeast(tlsExpiryWarningDays, 1, "tlsExpiryWarningDays");
    regions = Require.listOrEmpty(regions);
    regions.forEach(region -> Require.text(region, "regions"));
    Require.atLeastIfPresent(quorum, 1, "quorum");
    Require.that(quorum == null || regions.isEmpty() || quorum <= regions.size(),
        "'quorum' must not exceed the number of regions");
    maintenanceWindows = Require.listOrEmpty(maintenanceWindows);
    Require.atLeast(version, 0, "version");
    Require.present(updatedAt, "updatedAt");
  }
}

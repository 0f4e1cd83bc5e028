package dev.vigil.analytics.topology;

import dev.vigil.contracts.monitor.CheckKind;
import dev.vigil.contracts.monitor.CheckSpec;
import dev.vigil.contracts.monitor.HttpCheck;
import dev.vigil.contracts.monitor.HttpMethod;
import dev.vigil.contracts.monitor.MaintenanceWindow;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A monitor definition for tests, with the defaults a new monitor gets and one setter per rule under test. */
final class TestMonitor {

  final UUID id = UUID.randomUUID();
  int intervalSeconds = 60;
  int failureThreshold = MonitorSnapshot.DEFAULT_FAILURE_THRESHOLD;
  int recoveryThreshold = MonitorSnapshot.DEFAULT_RECOVERY_THRESHOLD;
  Integer reminderSeconds;
  double slaTarget = MonitorSnapshot.DEFAULT_SLA_TARGET_PERCENT;
  Double p95Ms;
  Double p99Ms;
  List<String> regions = List.of();
  Integer quorum;
  List<MaintenanceWindow> maintenance = List.of();
  boolean enabled = true;
  long version = 1;

  MonitorSnapshot snapshot() {
    var http = new HttpCheck(HttpMethod.GET, Map.of(), null, List.of(), true, HttpCheck.DEFAULT_MAX_BODY_BYTES);
    var check = new CheckSpec(CheckKind.HTTP, "https://" + id + ".example.com/health", 5000, http, null, List.of(),
        null, null);
    return new MonitorSnapshot(id, "acme", "api " + id, check, intervalSeconds, failureThreshold, recoveryThreshold,
        reminderSeconds, slaTarget, p95Ms, p99Ms, MonitorSnapshot.DEFAULT_TLS_EXPIRY_WARNING_DAYS, regions, quorum,
        maintenance, enabled, version, Instant.parse("2026-03-01T00:00:00Z"));
  }
}

package dev.vigil.analytics.incident;

import dev.vigil.contracts.alert.AlertType;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.contracts.probe.ProbeResult;
import dev.vigil.contracts.stats.LatencySummary;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Rules on single signals rather than on rounds: latency against the thresholds, and certificate expiry. */
final class SignalRules {

  private static final long DAY_MILLIS = Duration.ofDays(1).toMillis();

  private final AlertGate gate;

  SignalRules(AlertGate gate) {
    this.gate = gate;
  }

  /** At most once per UTC day (by the probe's start) per monitor, whatever the cooldown. */
  void tls(MonitorSnapshot monitor, HealthState s, ProbeResult result, List<Emission> out) {
    if (result.certificate() == null) {
      return;
    }
    int days = (int) result.certificate().daysRemaining(result.startedAt());
    s.tlsDaysRemaining = days;
    long day = Math.floorDiv(result.startedAt().toEpochMilli(), DAY_MILLIS);
    if (days < monitor.tlsExpiryWarningDays() && s.lastTlsAlertDay != day
        && gate.raise(monitor, s, AlertType.TLS_EXPIRY, LocalDate.ofEpochDay(day).toString(), result.startedAt(),
            Details.tls(days), out)) {
      s.lastTlsAlertDay = day;
    }
  }

  /** Compares a closed window's all-region p95 and p99 with the monitor's thresholds; no threshold, no alert. */
  void latency(MonitorSnapshot monitor, HealthState s, Instant windowStart, Instant windowEnd, LatencySummary total,
      List<Emission> out) {
    Double p95Limit = monitor.p95ThresholdMs();
    Double p99Limit = monitor.p99ThresholdMs();
    boolean over95 = p95Limit != null && total.p95Ms() > p95Limit;
    boolean over99 = p99Limit != null && total.p99Ms() > p99Limit;
    double threshold = over95 || p99Limit == null ? orZero(p95Limit) : p99Limit;
    String window = windowStart.toString();
    if ((over95 || over99) && !s.latencyBreached) {
      s.latencyBreached = gate.raise(monitor, s, AlertType.LATENCY_BREACH, window, windowEnd,
          Details.latency(total.p95Ms(), total.p99Ms(), threshold), out);
    } else if (!over95 && !over99 && s.latencyBreached) {
      gate.raise(monitor, s, AlertType.LATENCY_RESTORED, window, windowEnd,
          Details.latency(total.p95Ms(), total.p99Ms(), threshold), out);
      s.latencyBreached = false;
    }
  }

  private static double orZero(Double value) {
    return value == null ? 0 : value;
  }
}

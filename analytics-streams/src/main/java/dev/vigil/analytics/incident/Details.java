package dev.vigil.analytics.incident;

import dev.vigil.contracts.alert.AlertDetails;
import dev.vigil.contracts.probe.ProbeErrorKind;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The figures each alert type carries, so the rules do not spell out fifteen-argument constructors. */
final class Details {

  private Details() {
  }

  static AlertDetails streak(int streak, List<String> failingRegions, @Nullable ProbeErrorKind kind,
      @Nullable String error) {
    return new AlertDetails(streak, null, null, null, null, null, null, null, null, null, null, failingRegions, kind,
        error, null);
  }

  static AlertDetails downtime(long seconds, @Nullable String message) {
    return new AlertDetails(null, seconds, null, null, null, null, null, null, null, null, null, List.of(), null, null,
        message);
  }

  static AlertDetails sla(double availability, double targetPercent, double budgetRemaining) {
    return new AlertDetails(null, null, availability, targetPercent, budgetRemaining, null, null, null, null, null,
        null, List.of(), null, null, null);
  }

  static AlertDetails burn(double rate, int windowSeconds, double targetPercent, double budgetRemaining) {
    return new AlertDetails(null, null, null, targetPercent, budgetRemaining, rate, windowSeconds, null, null, null,
        null, List.of(), null, null, null);
  }

  static AlertDetails latency(double p95, double p99, double thresholdMs) {
    return new AlertDetails(null, null, null, null, null, null, null, p95, p99, thresholdMs, null, List.of(), null,
        null, null);
  }

  static AlertDetails tls(int daysRemaining) {
    return new AlertDetails(null, null, null, null, null, null, null, null, null, null, daysRemaining, List.of(), null,
        null, null);
  }
}

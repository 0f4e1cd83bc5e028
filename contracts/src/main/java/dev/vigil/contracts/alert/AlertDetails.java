package dev.vigil.contracts.alert;

import dev.vigil.contracts.Require;
import dev.vigil.contracts.probe.ProbeErrorKind;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The figures behind an alert, typed so that notifiers and analytics teams need not parse prose; each alert type
 * fills the fields that describe it and leaves the others empty.
 */
public record AlertDetails(
    @Nullable Integer streak,
    @Nullable Long downtimeSeconds,
    @Nullable Double availability,
    @Nullable Double slaTargetPercent,
    @Nullable Double errorBudgetRemaining,
    @Nullable Double burnRate,
    @Nullable Integer burnWindowSeconds,
    @Nullable Double p95Ms,
    @Nullable Double p99Ms,
    @Nullable Double thresholdMs,
    @Nullable Integer tlsDaysRemaining,
    List<String> failingRegions,
    @Nullable ProbeErrorKind lastErrorKind,
    @Nullable String lastError,
    @Nullable String message) {

  public AlertDetails {
    failingRegions = Require.listOrEmpty(failingRegions);
  }
}

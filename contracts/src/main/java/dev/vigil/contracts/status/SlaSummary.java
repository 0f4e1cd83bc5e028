package dev.vigil.contracts.status;

import dev.vigil.contracts.Require;
import org.jspecify.annotations.Nullable;

/**
 * Availability over the standard reporting periods against the monitor's target; a period without any result yet
 * is absent rather than reported as perfect.
 */
public record SlaSummary(
    double targetPercent,
    @Nullable Double availability24h,
    @Nullable Double availability7d,
    @Nullable Double availability30d,
    @Nullable Double errorBudgetRemaining) {

  public SlaSummary {
    Require.percent(targetPercent, "targetPercent");
    Require.fractionIfPresent(availability24h, "availability24h");
    Require.fractionIfPresent(availability7d, "availability7d");
    Require.fractionIfPresent(availability30d, "availability30d");
  }
}

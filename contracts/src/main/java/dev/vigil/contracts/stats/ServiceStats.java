package dev.vigil.contracts.stats;

import dev.vigil.contracts.Require;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What one window of probe results says about a monitor in one region (all regions together when {@code region} is
 * absent): availability, latency and where the monitor stands against its SLA over the rolling period; latency
 * covers successful probes only and is absent when none succeeded, and {@code errorBudgetRemaining} is the unspent
 * fraction of the period's budget, negative once overspent.
 */
public record ServiceStats(
    UUID monitorId,
    String tenant,
    @Nullable String region,
    StatsWindow window,
    long count,
    long failures,
    double availability,
    @Nullable LatencyBreakdown latency,
    double slaTargetPercent,
    int slaPeriodDays,
    double rollingAvailability,
    double errorBudgetRemaining) {

  /** Overspending drives the remaining budget below zero without bound, but nothing can leave more than all of it. */
  private static final double WHOLE_BUDGET = 1;

  public ServiceStats {
    Require.present(monitorId, "monitorId");
    Require.text(tenant, "tenant");
    Require.present(window, "window");
    Require.atLeast(count, 1, "count");
    Require.that(failures >= 0 && failures <= count, "'failures' must be between 0 and 'count'");
    Require.fraction(availability, "availability");
    Require.percent(slaTargetPercent, "slaTargetPercent");
    Require.atLeast(slaPeriodDays, 1, "slaPeriodDays");
    Require.fraction(rollingAvailability, "rollingAvailability");
    Require.atMost(errorBudgetRemaining, WHOLE_BUDGET, "errorBudgetRemaining");
  }
}

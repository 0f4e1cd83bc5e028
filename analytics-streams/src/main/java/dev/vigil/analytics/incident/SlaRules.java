package dev.vigil.analytics.incident;

import dev.vigil.analytics.AnalyticsProperties;
import dev.vigil.contracts.alert.AlertType;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.contracts.status.SlaSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Availability against the monitor's SLA target from hourly buckets of round verdicts (maintenance excluded), the
 * error budget left, and the SRE workbook's multi-window burn-rate alerts from minute buckets.
 */
final class SlaRules {

  private static final Duration DAY = Duration.ofDays(1);
  private static final Duration WEEK = Duration.ofDays(7);
  private static final Duration FAST_LONG = Duration.ofHours(1);
  private static final Duration FAST_SHORT = Duration.ofMinutes(5);
  private static final Duration SLOW_LONG = Duration.ofHours(6);
  private static final Duration SLOW_SHORT = Duration.ofMinutes(30);
  private static final double PERCENT = 100;

  private final AnalyticsProperties.Sla sla;
  private final Duration period;
  private final AlertGate gate;

  SlaRules(AnalyticsProperties.Sla sla, AlertGate gate) {
    this.sla = sla;
    this.period = Duration.ofDays(sla.periodDays());
    this.gate = gate;
  }

  void apply(MonitorSnapshot monitor, HealthState s, Verdict verdict, List<Emission> out) {
    Instant at = verdict.at();
    if (Maintenance.covers(monitor, at)) {
      return;
    }
    s.hours.record(at, !verdict.failing(), period);
    s.minutes.record(at, !verdict.failing(), SLOW_LONG);
    double target = monitor.slaTargetPercent() / PERCENT;
    long[] counts = s.hours.over(at, period);
    double availability = availability(counts, 1);
    double budget = periodBudgetRemaining(counts[1], checksIn(period, monitor), 1 - target);
    boolean breached = budget < 0;
    String moment = at.toString();
    if (breached && !s.slaBreached) {
      s.slaBreached = gate.raise(monitor, s, AlertType.SLA_BREACH, moment, at,
          Details.sla(availability, monitor.slaTargetPercent(), budget), out);
    } else if (!breached && s.slaBreached) {
      gate.raise(monitor, s, AlertType.SLA_RESTORED, moment, at,
          Details.sla(availability, monitor.slaTargetPercent(), budget), out);
      s.slaBreached = false;
    }
    burn(monitor, s, at, target, budget, out);
  }

  /**
   * The unspent share of the budget of the whole period: the failed checks against the share of the checks the
   * period holds that may fail. With no budget at all (a 100% target) any failure spends it.
   */
  private static double periodBudgetRemaining(long failed, double periodChecks, double allowed) {
    if (allowed <= 0) {
      return failed == 0 ? 1 : -1;
    }
    return 1 - failed / (allowed * periodChecks);
  }

  /** How many checks (rounds) a window holds at the monitor's interval; at least one. */
  private static double checksIn(Duration window, MonitorSnapshot monitor) {
    return Math.max(1, (double) window.toSeconds() / monitor.intervalSeconds());
  }

  /** With a 100% target there is no budget to burn; the SLA breach alone speaks for it. */
  private void burn(MonitorSnapshot monitor, HealthState s, Instant at, double target, double budget,
      List<Emission> out) {
    double allowed = 1 - target;
    if (allowed <= 0) {
      return;
    }
    double fastRate = watchedFor(s, at, FAST_LONG)
        ? Math.min(rate(s, monitor, at, FAST_LONG, allowed), rate(s, monitor, at, FAST_SHORT, allowed)) : 0;
    double slowRate = watchedFor(s, at, SLOW_LONG)
        ? Math.min(rate(s, monitor, at, SLOW_LONG, allowed), rate(s, monitor, at, SLOW_SHORT, allowed)) : 0;
    String moment = at.toString();
    boolean fast = fastRate > sla.fastBurnRate();
    boolean slow = slowRate > sla.slowBurnRate();
    if (fast && !s.fastBurn) {
      s.fastBurn = gate.raise(monitor, s, AlertType.BUDGET_BURN, "fast/" + moment, at,
          Details.burn(fastRate, (int) FAST_LONG.toSeconds(), monitor.slaTargetPercent(), budget), s.slowBurn, out);
    }
    s.fastBurn &= fast;
    if (slow && !s.slowBurn) {
      s.slowBurn = s.fastBurn || gate.raise(monitor, s, AlertType.BUDGET_BURN, "slow/" + moment, at,
          Details.burn(slowRate, (int) SLOW_LONG.toSeconds(), monitor.slaTargetPercent(), budget), out);
    }
    s.slowBurn &= slow;
  }

  SlaSummary summary(MonitorSnapshot monitor, HealthState s, Instant at) {
    return new SlaSummary(monitor.slaTargetPercent(), availabilityOrNull(s.hours.over(at, DAY)),
        availabilityOrNull(s.hours.over(at, WEEK)), availabilityOrNull(s.hours.over(at, period)),
        budgetRemaining(s, at, monitor.slaTargetPercent() / PERCENT));
  }

  double rollingAvailability(HealthState s, Instant at, double fallback) {
    return availability(s.hours.over(at, period), fallback);
  }

  int periodDays() {
    return sla.periodDays();
  }

  /** The unspent fraction of the period's error budget: 1 untouched, 0 spent, negative once overspent. */
  double budgetRemaining(HealthState s, Instant at, double target) {
    long[] counts = s.hours.over(at, period);
    long total = counts[0] + counts[1];
    if (total == 0) {
      return 1;
    }
    double badFraction = (double) counts[1] / total;
    double allowed = 1 - target;
    if (allowed <= 0) {
      return counts[1] == 0 ? 1 : 0;
    }
    return 1 - badFraction / allowed;
  }

  /**
   * The failed share of the checks the window holds (not only of those observed), over the allowed share; judged
   * only over a window the monitor was watched for, see {@link AnalyticsProperties.Sla#burnWindowCoverage()}.
   */
  private static double rate(HealthState s, MonitorSnapshot monitor, Instant at, Duration window, double allowed) {
    long failed = s.minutes.over(at, window)[1];
    return (failed / checksIn(window, monitor)) / allowed;
  }

  /** The minute buckets only reach back as far as the longest window, so a bucket's width is tolerated. */
  private boolean watchedFor(HealthState s, Instant at, Duration window) {
    long first = s.minutes.firstBucketStartMs();
    long needed = (long) (window.toMillis() * sla.burnWindowCoverage()) - s.minutes.bucketMillis();
    return first != HealthState.NONE && at.toEpochMilli() - first >= needed;
  }

  private static double availability(long[] counts, double fallback) {
    long total = counts[0] + counts[1];
    return total == 0 ? fallback : (double) counts[0] / total;
  }

  private static @Nullable Double availabilityOrNull(long[] counts) {
    long total = counts[0] + counts[1];
    return total == 0 ? null : (double) counts[0] / total;
  }
}

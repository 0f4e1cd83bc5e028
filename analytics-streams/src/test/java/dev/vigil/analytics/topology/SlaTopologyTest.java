package dev.vigil.analytics.topology;

import static dev.vigil.analytics.topology.IncidentTopologyTest.minutes;
import static dev.vigil.analytics.topology.TestResults.down;
import static dev.vigil.analytics.topology.TestResults.up;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.alert.AlertType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The error budget is a share of the whole SLA period, so the SLA is judged against the whole period's budget, and a
 * burn rate only over a window the monitor was watched for, measured against the checks the window should hold.
 */
class SlaTopologyTest {

  private static final Instant START = Instant.parse("2026-03-02T00:00:00Z");

  private final TopologyHarness harness = new TopologyHarness(TestSettings.withSlaPeriodDays(1));

  @AfterEach
  void close() {
    harness.close();
  }

  /** The case: a new monitor at a 10 s interval failing for one minute a few minutes after it was created. */
  @Test
  void aNewMonitorFailingForOneMinuteInItsFirstMinutesRaisesOnlyItsFailureStreak() {
    var spec = new TestMonitor();
    spec.intervalSeconds = 10;
    spec.slaTarget = 99.9;
    var monitor = harness.monitor(spec);
    for (int tick = 0; tick < 36; tick++) {
      Instant at = START.plusSeconds(10L * tick);
      harness.result(tick >= 12 && tick < 18 ? down(monitor.id, at) : up(monitor.id, at));
    }

    assertThat(harness.alerts()).extracting(Alert::type)
        .containsExactly(AlertType.FAILURE_STREAK, AlertType.RECOVERY);
  }

  /** Hourly checks over a one-day period at 75%: the budget is 6 failed checks of the 24 the period holds. */
  @Test
  void slaBreachIsRaisedOnceTheFailuresSpendThePeriodsWholeBudgetAndRestoredWhenTheyAgeOut() {
    var spec = new TestMonitor();
    spec.intervalSeconds = 3600;
    spec.slaTarget = 75;
    spec.failureThreshold = 100;
    var monitor = harness.monitor(spec);
    for (int hour = 0; hour < 6; hour++) {
      harness.result(down(monitor.id, START.plus(Duration.ofHours(hour))));
    }
    assertThat(harness.alerts(AlertType.SLA_BREACH)).isEmpty();

    harness.result(down(monitor.id, START.plus(Duration.ofHours(6))));
    assertThat(harness.alerts(AlertType.SLA_BREACH)).singleElement().satisfies(breach -> {
      assertThat(breach.details().slaTargetPercent()).isEqualTo(75.0);
      assertThat(breach.details().errorBudgetRemaining()).isEqualTo(1 - 7.0 / 6);
    });

    for (int hour = 7; hour < 26; hour++) {
      harness.result(up(monitor.id, START.plus(Duration.ofHours(hour))));
    }
    assertThat(harness.alerts(AlertType.SLA_RESTORED)).singleElement();
  }

  @Test
  void noBurnRateIsJudgedBeforeTheMonitorWasWatchedForTheWholeLongWindow() {
    var spec = new TestMonitor();
    spec.slaTarget = 99;
    spec.failureThreshold = 100;
    var monitor = harness.monitor(spec);
    for (int minute = 0; minute < 30; minute++) {
      harness.result(up(monitor.id, minutes(minute)));
    }
    for (int minute = 30; minute < 45; minute++) {
      harness.result(down(monitor.id, minutes(minute)));
    }

    assertThat(harness.alerts(AlertType.BUDGET_BURN)).isEmpty();
  }

  @Test
  void fastBurnIsRaisedWhenTheLastHourAndFiveMinutesBothBurnAboveFourteenTimes() {
    var spec = new TestMonitor();
    spec.slaTarget = 99;
    spec.failureThreshold = 100;
    var monitor = harness.monitor(spec);
    for (int minute = 0; minute < 70; minute++) {
      harness.result(up(monitor.id, minutes(minute)));
    }
    for (int minute = 70; minute < 78; minute++) {
      harness.result(down(monitor.id, minutes(minute)));
    }
    assertThat(fastBurns()).isEmpty();

    harness.result(down(monitor.id, minutes(78)));

    Alert burn = fastBurns().getFirst();
    assertThat(burn.details().burnWindowSeconds()).isEqualTo((int) Duration.ofHours(1).toSeconds());
    assertThat(burn.details().burnRate()).isGreaterThan(14.4);
  }

  @Test
  void slowBurnIsRaisedWhenSixHoursAndThirtyMinutesBurnAboveSixTimesButNotFourteen() {
    var spec = new TestMonitor();
    spec.slaTarget = 99;
    var monitor = harness.monitor(spec);

    for (int minute = 0; minute < 370; minute++) {
      harness.result(minute % 10 == 9 ? down(monitor.id, minutes(minute)) : up(monitor.id, minutes(minute)));
    }

    assertThat(harness.alerts(AlertType.BUDGET_BURN)).singleElement().satisfies(burn -> {
      assertThat(burn.details().burnWindowSeconds()).isEqualTo((int) Duration.ofHours(6).toSeconds());
      assertThat(burn.details().burnRate()).isBetween(6.0, 14.4);
    });
  }

  /** An established monitor whose outage spends its budget: the streak, the breach and the burn come as one group. */
  @Test
  void alertsRaisedByOneResultAreGroupedUnderTheFailureStreak() {
    var spec = new TestMonitor();
    spec.intervalSeconds = 3600;
    spec.slaTarget = 75;
    spec.failureThreshold = 7;
    var monitor = harness.monitor(spec);
    for (int hour = 0; hour < 7; hour++) {
      harness.result(down(monitor.id, START.plus(Duration.ofHours(hour))));
    }

    List<Alert> alerts = harness.alerts();
    assertThat(alerts).extracting(Alert::type).containsExactly(AlertType.FAILURE_STREAK, AlertType.SLA_BREACH);
    Alert lead = alerts.getFirst();
    assertThat(lead.groupedInto()).isNull();
    assertThat(lead.raisedWith()).singleElement().satisfies(companion -> {
      assertThat(companion.alertId()).isEqualTo(alerts.get(1).id());
      assertThat(companion.type()).isEqualTo(AlertType.SLA_BREACH);
    });
    assertThat(alerts.get(1).groupedInto()).isEqualTo(lead.id());
  }

  private List<Alert> fastBurns() {
    return harness.alerts(AlertType.BUDGET_BURN).stream()
        .filter(alert -> alert.details().burnWindowSeconds() == Duration.ofHours(1).toSeconds()).toList();
  }
}

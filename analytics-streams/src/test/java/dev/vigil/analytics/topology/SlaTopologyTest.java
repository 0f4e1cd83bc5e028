package dev.vigil.analytics.topology;

import static dev.vigil.analytics.topology.IncidentTopologyTest.minutes;
import static dev.vigil.analytics.topology.TestResults.down;
import static dev.vigil.analytics.topology.TestResults.up;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.alert.AlertType;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SlaTopologyTest {

  private final TopologyHarness harness = new TopologyHarness();

  @AfterEach
  void close() {
    harness.close();
  }

  @Test
  void slaBreachIsRaisedBelowTheTargetAndRestoredAtIt() {
    var spec = new TestMonitor();
    spec.slaTarget = 75;
    var monitor = harness.monitor(spec);
    for (int minute = 0; minute < 3; minute++) {
      harness.result(up(monitor.id, minutes(minute)));
    }

    harness.result(down(monitor.id, minutes(3)));
    harness.result(down(monitor.id, minutes(4)));
    assertThat(harness.alerts(AlertType.SLA_BREACH)).singleElement().satisfies(breach -> {
      assertThat(breach.details().availability()).isEqualTo(0.6);
      assertThat(breach.details().slaTargetPercent()).isEqualTo(75.0);
      assertThat(breach.details().errorBudgetRemaining()).isEqualTo(1 - 0.4 / 0.25);
    });

    for (int minute = 5; minute < 8; minute++) {
      harness.result(up(monitor.id, minutes(minute)));
    }
    assertThat(harness.alerts(AlertType.SLA_RESTORED)).singleElement()
        .satisfies(restored -> assertThat(restored.details().availability()).isEqualTo(0.75));
  }

  @Test
  void fastBurnIsRaisedWhenTheLastHourAndFiveMinutesBothBurnAboveFourteenTimes() {
    var spec = new TestMonitor();
    spec.slaTarget = 99;
    spec.failureThreshold = 100;
    var monitor = harness.monitor(spec);
    for (int minute = 0; minute < 20; minute++) {
      harness.result(up(monitor.id, minutes(minute)));
    }
    for (int minute = 20; minute < 23; minute++) {
      harness.result(down(monitor.id, minutes(minute)));
    }
    assertThat(fastBurns()).isEmpty();

    harness.result(down(monitor.id, minutes(23)));

    Alert burn = fastBurns().getFirst();
    assertThat(burn.details().burnWindowSeconds()).isEqualTo((int) Duration.ofHours(1).toSeconds());
    assertThat(burn.details().burnRate()).isGreaterThan(14.4);
  }

  private java.util.List<Alert> fastBurns() {
    return harness.alerts(AlertType.BUDGET_BURN).stream()
        .filter(alert -> alert.details().burnWindowSeconds() == Duration.ofHours(1).toSeconds()).toList();
  }

  @Test
  void slowBurnIsRaisedWhenSixHoursAndThirtyMinutesBurnAboveSixTimesButNotFourteen() {
    var spec = new TestMonitor();
    spec.slaTarget = 99;
    var monitor = harness.monitor(spec);

    for (int minute = 0; minute < 30; minute++) {
      harness.result(minute % 10 == 9 ? down(monitor.id, minutes(minute)) : up(monitor.id, minutes(minute)));
    }

    assertThat(harness.alerts(AlertType.BUDGET_BURN)).singleElement().satisfies(burn -> {
      assertThat(burn.details().burnWindowSeconds()).isEqualTo((int) Duration.ofHours(6).toSeconds());
      assertThat(burn.details().burnRate()).isBetween(6.0, 14.4);
    });
  }
}

package dev.vigil.analytics.topology;

import static dev.vigil.analytics.topology.IncidentTopologyTest.minutes;
import static dev.vigil.analytics.topology.TestResults.down;
import static dev.vigil.analytics.topology.TestResults.up;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.alert.AlertType;
import dev.vigil.contracts.monitor.MaintenanceWindow;
import dev.vigil.contracts.status.MonitorStatus;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MaintenanceWindowTest {

  private final TopologyHarness harness = new TopologyHarness();

  @AfterEach
  void close() {
    harness.close();
  }

  @Test
  void noAlertIsRaisedInsideTheWindow() {
    var monitor = monitorInMaintenanceFrom(10, 40);

    for (int minute = 10; minute < 40; minute++) {
      harness.result(down(monitor.id, minutes(minute)));
    }

    assertThat(harness.alerts()).isEmpty();
  }

  @Test
  void timeInsideTheWindowIsExcludedFromTheSla() {
    var monitor = monitorInMaintenanceFrom(10, 40);
    for (int minute = 0; minute < 10; minute++) {
      harness.result(up(monitor.id, minutes(minute)));
    }
    for (int minute = 10; minute < 40; minute++) {
      harness.result(down(monitor.id, minutes(minute)));
    }
    harness.result(up(monitor.id, minutes(40)));
    harness.advanceWallClock(java.time.Duration.ofMinutes(1));

    MonitorStatus status = harness.statuses().getLast().value();
    assertThat(status.sla().availability24h()).isEqualTo(1.0);
    assertThat(status.sla().errorBudgetRemaining()).isEqualTo(1.0);
  }

  @Test
  void anOutageSpanningTheWindowIsNotAnnouncedAgainAfterIt() {
    var monitor = monitorInMaintenanceFrom(10, 40);

    for (int minute = 5; minute < 45; minute++) {
      harness.result(down(monitor.id, minutes(minute)));
    }
    harness.result(up(monitor.id, minutes(45)));

    var streaks = harness.alerts(AlertType.FAILURE_STREAK);
    assertThat(streaks).hasSize(1);
    assertThat(harness.alerts(AlertType.RECOVERY)).singleElement()
        .satisfies(recovery -> assertThat(recovery.incidentId()).isEqualTo(streaks.getFirst().incidentId()));
  }

  @Test
  void failuresInsideTheWindowDoNotCountTowardsTheStreakAfterIt() {
    var monitor = monitorInMaintenanceFrom(10, 40);
    for (int minute = 10; minute < 42; minute++) {
      harness.result(down(monitor.id, minutes(minute)));
    }
    assertThat(harness.alerts(AlertType.FAILURE_STREAK)).isEmpty();

    harness.result(down(monitor.id, minutes(42)));

    assertThat(harness.alerts(AlertType.FAILURE_STREAK)).singleElement()
        .satisfies(alert -> assertThat(alert.details().streak()).isEqualTo(3));
  }

  private TestMonitor monitorInMaintenanceFrom(int startMinute, int endMinute) {
    var spec = new TestMonitor();
    spec.maintenance = List.of(new MaintenanceWindow.OneOff(minutes(startMinute), minutes(endMinute)));
    return harness.monitor(spec);
  }
}

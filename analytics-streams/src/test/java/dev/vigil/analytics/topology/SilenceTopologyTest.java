package dev.vigil.analytics.topology;

import static dev.vigil.analytics.topology.TestResults.up;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.alert.AlertType;
import dev.vigil.contracts.status.MonitorState;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SilenceTopologyTest {

  private final TopologyHarness harness = new TopologyHarness();

  @AfterEach
  void close() {
    harness.close();
  }

  @Test
  void aMonitorSilentForOneMissedIntervalStaysUp() {
    var monitor = harness.monitor(new TestMonitor());
    harness.result(up(monitor.id, TopologyHarness.WALL_CLOCK_START));

    harness.advanceWallClock(Duration.ofSeconds(90));

    assertThat(harness.alerts(AlertType.PROBE_MISSING)).isEmpty();
  }

  @Test
  void aMonitorSilentForTwoMissedIntervalsOfWallClockTimeIsMarkedUnknown() {
    var monitor = harness.monitor(new TestMonitor());
    harness.result(up(monitor.id, TopologyHarness.WALL_CLOCK_START));

    harness.advanceWallClock(Duration.ofSeconds(150));

    assertThat(harness.alerts(AlertType.PROBE_MISSING)).singleElement()
        .satisfies(alert -> assertThat(alert.monitorId()).isEqualTo(monitor.id));
    assertThat(harness.statuses().getLast().value().state()).isEqualTo(MonitorState.UNKNOWN);
  }

  @Test
  void aMonitorThatStoppedWhileItsPartitionKeptReportingIsMissingAsSoonAsTheResultsShowIt() {
    var steady = harness.monitor(new TestMonitor());
    var stopped = harness.monitor(new TestMonitor());
    Instant backlogStart = TopologyHarness.WALL_CLOCK_START.minus(Duration.ofMinutes(10));
    for (int minute = 0; minute <= 10; minute++) {
      Instant at = backlogStart.plus(Duration.ofMinutes(minute));
      harness.result(up(steady.id, at));
      if (minute < 3) {
        harness.result(up(stopped.id, at));
      }
    }

    harness.advanceWallClock(Duration.ofSeconds(30));

    assertThat(harness.alerts(AlertType.PROBE_MISSING)).singleElement()
        .satisfies(alert -> assertThat(alert.monitorId()).isEqualTo(stopped.id));
  }

  @Test
  void aMonitorWhoseProbesNeverStartedIsReportedMissingAfterTwoIntervalsAndTheGracePeriod() {
    var monitor = harness.monitorDefinedAt(new TestMonitor(), TopologyHarness.WALL_CLOCK_START);

    harness.advanceWallClock(Duration.ofMinutes(3));
    assertThat(harness.alerts(AlertType.PROBE_MISSING)).isEmpty();

    harness.advanceWallClock(Duration.ofMinutes(2));
    assertThat(harness.alerts(AlertType.PROBE_MISSING)).singleElement().satisfies(alert -> {
      assertThat(alert.monitorId()).isEqualTo(monitor.id);
      assertThat(alert.details().message()).startsWith("no probe result since the monitor was defined");
    });
  }

  @Test
  void aSilentMonitorIsReportedOnceWhileItStaysSilent() {
    var monitor = harness.monitor(new TestMonitor());
    harness.result(up(monitor.id, TopologyHarness.WALL_CLOCK_START));

    for (int check = 0; check < 10; check++) {
      harness.advanceWallClock(Duration.ofMinutes(1));
    }

    assertThat(harness.alerts(AlertType.PROBE_MISSING)).hasSize(1);
  }

  @Test
  void aSilentMonitorThatReportsAgainAndFallsSilentAgainIsReportedAgain() {
    var spec = new TestMonitor();
    var monitor = harness.monitor(spec);
    harness.result(up(monitor.id, TopologyHarness.WALL_CLOCK_START));
    harness.advanceWallClock(Duration.ofMinutes(3));

    harness.result(up(monitor.id, TopologyHarness.WALL_CLOCK_START.plus(Duration.ofMinutes(40))));
    harness.advanceWallClock(Duration.ofMinutes(40));

    assertThat(harness.alerts(AlertType.PROBE_MISSING)).hasSize(2);
  }
}

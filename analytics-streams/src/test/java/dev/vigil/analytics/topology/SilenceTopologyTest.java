package dev.vigil.analytics.topology;

import static dev.vigil.analytics.topology.TestResults.up;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.alert.AlertType;
import dev.vigil.contracts.status.MonitorState;
import java.time.Duration;
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
}

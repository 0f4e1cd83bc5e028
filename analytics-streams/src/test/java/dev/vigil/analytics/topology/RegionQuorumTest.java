package dev.vigil.analytics.topology;

import static dev.vigil.analytics.topology.IncidentTopologyTest.minutes;
import static dev.vigil.analytics.topology.TestResults.in;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.alert.AlertType;
import dev.vigil.contracts.status.MonitorState;
import dev.vigil.contracts.status.MonitorStatus;
import java.util.List;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RegionQuorumTest {

  private final TopologyHarness harness = new TopologyHarness();

  @AfterEach
  void close() {
    harness.close();
  }

  @Test
  void oneOfThreeRegionsFailingIsARegionProblemNotAnOutage() {
    var monitor = threeRegionMonitor();

    for (int round = 0; round < 5; round++) {
      round(monitor, round, false, true, true);
    }

    assertThat(harness.alerts(AlertType.FAILURE_STREAK)).isEmpty();
    assertThat(lastStatus().state()).isEqualTo(MonitorState.DEGRADED);
  }

  @Test
  void twoOfThreeRegionsFailingIsAnOutage() {
    var monitor = threeRegionMonitor();

    for (int round = 0; round < 3; round++) {
      round(monitor, round, false, false, true);
    }

    List<Alert> streak = harness.alerts(AlertType.FAILURE_STREAK);
    assertThat(streak).hasSize(1);
    assertThat(streak.getFirst().details().failingRegions()).containsExactly("eu", "us");
    assertThat(lastStatus().state()).isEqualTo(MonitorState.DOWN);
  }

  private TestMonitor threeRegionMonitor() {
    var spec = new TestMonitor();
    spec.regions = List.of("eu", "us", "ap");
    return harness.monitor(spec);
  }

  private void round(TestMonitor monitor, int minute, boolean eu, boolean us, boolean ap) {
    harness.result(in("eu", monitor.id, minutes(minute), eu));
    harness.result(in("us", monitor.id, minutes(minute), us));
    harness.result(in("ap", monitor.id, minutes(minute), ap));
  }

  private MonitorStatus lastStatus() {
    List<TestRecord<java.util.UUID, MonitorStatus>> statuses = harness.statuses();
    return statuses.getLast().value();
  }
}

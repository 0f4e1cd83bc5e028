package dev.vigil.analytics.topology;

import static dev.vigil.analytics.topology.TestResults.up;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.status.MonitorState;
import dev.vigil.contracts.status.MonitorStatus;
import java.time.Duration;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Monitor records published again by the registry's outbox (same event id, same snapshot), later than the
 * original: a copy of the current version may make the health processor render the status again, unchanged; a copy
 * of an older version, or one after the tombstone, must not reach the monitors table at all.
 */
class RepublishedMonitorTopologyTest {

  private final TopologyHarness harness = new TopologyHarness();

  @AfterEach
  void close() {
    harness.close();
  }

  @Test
  void aCopyOfTheCurrentDefinitionPublishedLaterLeavesTheStatusAsItWas() {
    var spec = new TestMonitor();
    var monitor = harness.monitor(spec);
    harness.result(up(monitor.id, TopologyHarness.WALL_CLOCK_START));
    MonitorStatus before = harness.statuses().getLast().value();

    harness.monitorDefinedAt(spec, TopologyHarness.WALL_CLOCK_START.plus(Duration.ofMinutes(1)));

    assertThat(harness.statuses()).extracting(TestRecord::value).allSatisfy(after ->
        assertThat(after).usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(before));
  }

  @Test
  void aLateCopyOfAnOlderVersionDoesNotReplaceTheNewerDefinition() {
    var spec = new TestMonitor();
    var monitor = harness.monitor(spec);
    harness.result(up(monitor.id, TopologyHarness.WALL_CLOCK_START));
    spec.enabled = false;
    spec.version = 2;
    harness.monitorDefinedAt(spec, TopologyHarness.WALL_CLOCK_START.plusSeconds(10));
    assertThat(harness.statuses().getLast().value().state()).isEqualTo(MonitorState.PAUSED);

    spec.enabled = true;
    spec.version = 1;
    harness.monitorDefinedAt(spec, TopologyHarness.WALL_CLOCK_START.plusSeconds(20));
    harness.result(up(monitor.id, TopologyHarness.WALL_CLOCK_START.plusSeconds(60)));

    assertThat(harness.statuses()).extracting(status -> status.value().state())
        .allSatisfy(state -> assertThat(state).isEqualTo(MonitorState.PAUSED));
  }

  @Test
  void aLateCopyAfterTheDeletionDoesNotBringTheMonitorBack() {
    var spec = new TestMonitor();
    var monitor = harness.monitor(spec);
    harness.result(up(monitor.id, TopologyHarness.WALL_CLOCK_START));
    harness.delete(monitor.id);
    harness.statuses();

    harness.monitorDefinedAt(spec, TopologyHarness.WALL_CLOCK_START.plusSeconds(20));
    harness.result(up(monitor.id, TopologyHarness.WALL_CLOCK_START.plusSeconds(60)));

    assertThat(harness.statuses()).isEmpty();
  }
}

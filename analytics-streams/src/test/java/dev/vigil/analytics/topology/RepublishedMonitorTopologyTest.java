package dev.vigil.analytics.topology;

import static dev.vigil.analytics.topology.TestResults.up;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.status.MonitorStatus;
import java.time.Duration;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A monitor record published again by the registry's outbox (same event id, same snapshot), later than the
 * original. The monitors table takes it like any update and the health processor may render the status again, but
 * the copy says nothing new, so what the status says must stay as it was.
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
}

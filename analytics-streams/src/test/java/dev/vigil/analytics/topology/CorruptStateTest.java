package dev.vigil.analytics.topology;

import static dev.vigil.analytics.topology.TestResults.up;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.alert.AlertType;
import dev.vigil.contracts.topic.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A health entry that cannot be read is set aside, and every other monitor keeps being judged. */
class CorruptStateTest {

  private static final byte[] DAMAGED = {42, 0, 1};

  private final TopologyHarness harness = new TopologyHarness();

  @AfterEach
  void close() {
    harness.close();
  }

  @Test
  void aCorruptHealthEntryDoesNotStopSilenceDetectionForTheOtherMonitors() {
    var damaged = harness.monitor(new TestMonitor());
    var silent = harness.monitor(new TestMonitor());
    harness.result(up(damaged.id, TopologyHarness.WALL_CLOCK_START));
    harness.result(up(silent.id, TopologyHarness.WALL_CLOCK_START));
    harness.storeHealthBytes(damaged.id, DAMAGED);

    harness.advanceWallClock(Duration.ofSeconds(150));

    assertThat(harness.alerts(AlertType.PROBE_MISSING)).extracting(alert -> alert.monitorId()).contains(silent.id);
  }

  @Test
  void aCorruptHealthEntryIsDeadLetteredOnceWithItsBytesAndTheReason() {
    var damaged = harness.monitor(new TestMonitor());
    harness.result(up(damaged.id, TopologyHarness.WALL_CLOCK_START));
    harness.storeHealthBytes(damaged.id, DAMAGED);

    harness.advanceWallClock(Duration.ofSeconds(30));
    harness.advanceWallClock(Duration.ofSeconds(30));

    assertThat(harness.setAside()).singleElement().satisfies(letter -> {
      assertThat(letter.key()).isEqualTo(damaged.id);
      assertThat(letter.value()).isEqualTo(DAMAGED);
      assertThat(new String(letter.headers().lastHeader(DeadLetterHeaders.REASON).value(), StandardCharsets.UTF_8))
          .isEqualTo("deserialization");
    });
    assertThat(harness.metrics.count("vigil.analytics.state.entries.set.aside", "reason", "deserialization"))
        .isEqualTo(1);
  }

  @Test
  void aMonitorWhoseEntryWasSetAsideStartsAfreshAtItsNextResult() {
    var damaged = harness.monitor(new TestMonitor());
    harness.result(up(damaged.id, TopologyHarness.WALL_CLOCK_START));
    harness.storeHealthBytes(damaged.id, DAMAGED);

    harness.result(up(damaged.id, TopologyHarness.WALL_CLOCK_START.plusSeconds(60)));

    assertThat(harness.setAside()).hasSize(1);
    assertThat(harness.deadLetters()).isEmpty();
    assertThat(harness.statuses()).isNotEmpty();
  }
}

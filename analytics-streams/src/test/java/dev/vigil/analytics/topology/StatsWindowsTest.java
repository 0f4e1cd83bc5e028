package dev.vigil.analytics.topology;

import static dev.vigil.analytics.topology.IncidentTopologyTest.minutes;
import static dev.vigil.analytics.topology.TestResults.in;
import static dev.vigil.analytics.topology.TestResults.upTaking;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.stats.ServiceStats;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StatsWindowsTest {

  private final TopologyHarness harness = new TopologyHarness(
      TestSettings.withWindows(List.of(Duration.ofMinutes(1)), Duration.ofSeconds(30)));

  @AfterEach
  void close() {
    harness.close();
  }

  @Test
  void aClosedWindowIsPublishedOncePerRegionAndOnceForAllRegions() {
    var monitor = harness.monitor(new TestMonitor());
    harness.result(in("eu", monitor.id, minutes(0), true));
    harness.result(in("us", monitor.id, minutes(0).plusSeconds(5), true));
    harness.result(in("us", monitor.id, minutes(0).plusSeconds(10), false));

    harness.result(in("eu", monitor.id, minutes(1).plusSeconds(40), true));

    List<ServiceStats> stats = harness.stats();
    assertThat(stats).extracting(ServiceStats::region).containsExactlyInAnyOrder("eu", "us", null);
    ServiceStats all = stats.stream().filter(s -> s.region() == null).findFirst().orElseThrow();
    assertThat(all.count()).isEqualTo(3);
    assertThat(all.failures()).isEqualTo(1);
    assertThat(all.availability()).isCloseTo(2.0 / 3, Percentage.withPercentage(0.001));
    assertThat(all.window().start()).isEqualTo(minutes(0));
    assertThat(all.latency().total().p50Ms()).isCloseTo(100, Percentage.withPercentage(1));
    assertThat(all.latency().dns()).isNotNull();
  }

  @Test
  void aLateResultWithinTheGracePeriodIsCounted() {
    var monitor = harness.monitor(new TestMonitor());
    harness.result(upTaking(monitor.id, minutes(0).plusSeconds(10), 100));
    harness.result(upTaking(monitor.id, minutes(1).plusSeconds(10), 100));

    harness.result(upTaking(monitor.id, minutes(0).plusSeconds(50), 100));
    harness.result(upTaking(monitor.id, minutes(1).plusSeconds(40), 100));

    assertThat(allRegions(minutes(0))).singleElement()
        .satisfies(stats -> assertThat(stats.count()).isEqualTo(2));
  }

  @Test
  void aResultLaterThanTheGracePeriodIsLeftOut() {
    var monitor = harness.monitor(new TestMonitor());
    harness.result(upTaking(monitor.id, minutes(0).plusSeconds(10), 100));
    harness.result(upTaking(monitor.id, minutes(1).plusSeconds(40), 100));

    harness.result(upTaking(monitor.id, minutes(0).plusSeconds(55), 100));
    harness.result(upTaking(monitor.id, minutes(3), 100));

    List<ServiceStats> stats = harness.stats();
    assertThat(stats.stream().filter(s -> s.region() == null && s.window().start().equals(minutes(0))))
        .singleElement().satisfies(first -> assertThat(first.count()).isEqualTo(1));
  }

  private List<ServiceStats> allRegions(Instant windowStart) {
    return harness.stats().stream()
        .filter(s -> s.region() == null && s.window().start().equals(windowStart)).toList();
  }
}

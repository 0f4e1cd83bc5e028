package dev.vigil.analytics.topology;

import static dev.vigil.analytics.topology.IncidentTopologyTest.minutes;
import static dev.vigil.analytics.topology.TestResults.upTaking;
import static dev.vigil.analytics.topology.TestResults.withCertificate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.alert.AlertType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SignalTopologyTest {

  private final TopologyHarness harness = new TopologyHarness(
      TestSettings.withWindows(List.of(Duration.ofMinutes(5)), Duration.ofSeconds(30)));

  @AfterEach
  void close() {
    harness.close();
  }

  @Test
  void latencyBreachIsRaisedWhenTheFiveMinuteP95ExceedsTheThresholdAndRestoredWhenItReturns() {
    var spec = new TestMonitor();
    spec.p95Ms = 200.0;
    var monitor = harness.monitor(spec);
    for (int minute = 0; minute < 5; minute++) {
      harness.result(upTaking(monitor.id, minutes(minute), 300));
    }
    harness.result(upTaking(monitor.id, minutes(5).plusSeconds(40), 100));

    Alert breach = harness.alerts(AlertType.LATENCY_BREACH).getFirst();
    assertThat(breach.details().p95Ms()).isCloseTo(300, org.assertj.core.data.Percentage.withPercentage(1));
    assertThat(breach.details().thresholdMs()).isEqualTo(200.0);
    assertThat(harness.alerts(AlertType.LATENCY_RESTORED)).isEmpty();

    for (int minute = 6; minute < 10; minute++) {
      harness.result(upTaking(monitor.id, minutes(minute), 100));
    }
    harness.result(upTaking(monitor.id, minutes(10).plusSeconds(40), 100));
    assertThat(harness.alerts(AlertType.LATENCY_RESTORED)).hasSize(1);
    assertThat(harness.alerts(AlertType.LATENCY_BREACH)).hasSize(1);
  }

  @Test
  void tlsExpiryIsRaisedAtMostOnceADay() {
    var monitor = harness.monitor(new TestMonitor());
    Instant notAfter = minutes(0).plus(Duration.ofDays(10));

    for (int hour = 0; hour < 48; hour++) {
      harness.result(withCertificate(monitor.id, minutes(0).plus(Duration.ofHours(hour)), notAfter));
    }

    List<Alert> expiry = harness.alerts(AlertType.TLS_EXPIRY);
    assertThat(expiry).hasSize(3);
    assertThat(expiry).extracting(Alert::id).doesNotHaveDuplicates();
    assertThat(expiry.getFirst().details().tlsDaysRemaining()).isEqualTo(10);
  }
}

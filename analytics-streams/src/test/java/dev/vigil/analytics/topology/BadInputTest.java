package dev.vigil.analytics.topology;

import static dev.vigil.analytics.topology.IncidentTopologyTest.minutes;
import static dev.vigil.analytics.topology.TestResults.down;
import static dev.vigil.analytics.topology.TestResults.up;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.topic.DeadLetterHeaders;
import dev.vigil.contracts.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.common.header.Headers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BadInputTest {

  private final TopologyHarness harness = new TopologyHarness();

  @AfterEach
  void close() {
    harness.close();
  }

  @Test
  void anUnreadableResultGoesToTheDeadLetterTopicWithTheReasonInHeaders() {
    UUID key = UUID.randomUUID();
    byte[] garbage = "{\"monitorId\": 42".getBytes(StandardCharsets.UTF_8);

    harness.raw(key, garbage);

    var letter = harness.deadLetters().getFirst();
    assertThat(letter.key()).isEqualTo(key);
    assertThat(letter.value()).isEqualTo(garbage);
    Headers headers = letter.headers();
    assertThat(header(headers, DeadLetterHeaders.REASON)).isEqualTo("deserialization");
    assertThat(header(headers, DeadLetterHeaders.ORIGINAL_TOPIC)).isEqualTo(Topics.PROBE_RESULTS.name());
    assertThat(header(headers, DeadLetterHeaders.ORIGINAL_OFFSET)).isEqualTo("0");
    assertThat(headers.lastHeader(DeadLetterHeaders.EXCEPTION_CLASS)).isNotNull();
    assertThat(harness.metrics.count("vigil.analytics.dead.letters", "reason", "deserialization")).isEqualTo(1);
  }

  @Test
  void processingGoesOnAfterABadRecord() {
    var monitor = harness.monitor(new TestMonitor());
    harness.raw(monitor.id, "not json".getBytes(StandardCharsets.UTF_8));

    for (int minute = 0; minute < 3; minute++) {
      harness.result(down(monitor.id, minutes(minute)));
    }

    assertThat(harness.alerts()).isNotEmpty();
  }

  @Test
  void resultsOfUnknownMonitorsAreCountedAndDropped() {
    UUID unknown = UUID.randomUUID();

    for (int minute = 0; minute < 3; minute++) {
      harness.result(down(unknown, minutes(minute)));
    }

    assertThat(harness.alerts()).isEmpty();
    assertThat(harness.statuses()).isEmpty();
    assertThat(harness.metrics.count("vigil.analytics.results.unknown.monitor", "outcome", "dropped")).isEqualTo(3);
  }

  @Test
  void deletingAMonitorTombstonesItsStatus() {
    var monitor = harness.monitor(new TestMonitor());
    harness.result(up(monitor.id, minutes(0)));

    harness.delete(monitor.id);

    var last = harness.statuses().getLast();
    assertThat(last.key()).isEqualTo(monitor.id);
    assertThat(last.value()).isNull();
  }

  private static String header(Headers headers, String name) {
    return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
  }
}

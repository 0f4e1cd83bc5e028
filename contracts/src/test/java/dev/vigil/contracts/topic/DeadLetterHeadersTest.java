package dev.vigil.contracts.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.junit.jupiter.api.Test;

class DeadLetterHeadersTest {

  @Test
  void describeWritesEveryHeaderAsUtf8Text() {
    Headers headers = DeadLetterHeaders.describe(DeadLetterReason.DESERIALIZATION,
        new SerializationException("Cannot read ProbeResult: missing required field 'monitorId'"),
        Topics.PROBE_RESULTS.name(), 11, 4_711L);

    assertThat(text(headers, DeadLetterHeaders.REASON)).isEqualTo("deserialization");
    assertThat(text(headers, DeadLetterHeaders.EXCEPTION_CLASS))
        .isEqualTo("org.apache.kafka.common.errors.SerializationException");
    assertThat(text(headers, DeadLetterHeaders.EXCEPTION_MESSAGE))
        .isEqualTo("Cannot read ProbeResult: missing required field 'monitorId'");
    assertThat(text(headers, DeadLetterHeaders.ORIGINAL_TOPIC)).isEqualTo("vigil.probe-results.v1");
    assertThat(text(headers, DeadLetterHeaders.ORIGINAL_PARTITION)).isEqualTo("11");
    assertThat(text(headers, DeadLetterHeaders.ORIGINAL_OFFSET)).isEqualTo("4711");
  }

  @Test
  void failureWithoutMessageLeavesTheMessageHeaderOut() {
    Headers headers = DeadLetterHeaders.describe(DeadLetterReason.PROCESSING, new IllegalStateException(),
        Topics.ALERTS.name(), 0, 0L);

    assertThat(headers.lastHeader(DeadLetterHeaders.EXCEPTION_MESSAGE)).isNull();
  }

  private static String text(Headers headers, String key) {
    Header header = headers.lastHeader(key);
    return new String(header.value(), StandardCharsets.UTF_8);
  }
}

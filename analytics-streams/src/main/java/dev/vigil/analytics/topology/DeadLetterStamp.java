package dev.vigil.analytics.topology;

import dev.vigil.analytics.AnalyticsMetrics;
import dev.vigil.contracts.topic.DeadLetterHeaders;
import dev.vigil.contracts.topic.DeadLetterReason;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/** Turns an unreadable probe result into its dead letter: the original bytes, with our headers saying why. */
final class DeadLetterStamp<K> implements FixedKeyProcessor<K, DecodedResult.Invalid, byte[]> {

  private final AnalyticsMetrics metrics;
  private FixedKeyProcessorContext<K, byte[]> context;

  DeadLetterStamp(AnalyticsMetrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public void init(FixedKeyProcessorContext<K, byte[]> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<K, DecodedResult.Invalid> record) {
    RecordMetadata origin = context.recordMetadata().orElseThrow();
    var headers = record.headers();
    for (Header header : DeadLetterHeaders.describe(DeadLetterReason.DESERIALIZATION, record.value().failure(),
        origin.topic(), origin.partition(), origin.offset())) {
      headers.add(header);
    }
    metrics.deadLettered(DeadLetterReason.DESERIALIZATION);
    context.forward(record.withValue(record.value().raw()).withHeaders(headers));
  }
}

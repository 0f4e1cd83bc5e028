package dev.vigil.analytics.topology;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;

/**
 * Event time of a probe result is when the probe started, not when it reached the broker, so windows hold the probes
 * that ran in them; a record that could not be read keeps its broker timestamp, or the partition time if it has none.
 */
final class StartedAtExtractor implements TimestampExtractor {

  @Override
  public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
    if (record.value() instanceof DecodedResult.Valid valid) {
      return valid.result().startedAt().toEpochMilli();
    }
    return record.timestamp() >= 0 ? record.timestamp() : Math.max(partitionTime, 0);
  }
}

package dev.vigil.analytics.topology;

import dev.vigil.analytics.incident.Emission;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/** Unpacks a processing dead letter into the bytes and headers the sink writes. */
final class DeadLetterValue<K> implements FixedKeyProcessor<K, Emission, byte[]> {

  private FixedKeyProcessorContext<K, byte[]> context;

  @Override
  public void init(FixedKeyProcessorContext<K, byte[]> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<K, Emission> record) {
    if (record.value() instanceof Emission.DeadLetter letter) {
      var headers = record.headers();
      for (Header header : letter.headers()) {
        headers.add(header);
      }
      context.forward(record.withValue(letter.value()).withHeaders(headers));
    }
  }
}

package dev.vigil.analytics.topology;

import dev.vigil.analytics.incident.Emission;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/** Unpacks a set-aside health entry into the bytes and headers its dead-letter sink writes. */
final class SetAsideValue<K> implements FixedKeyProcessor<K, Emission, byte[]> {

  private FixedKeyProcessorContext<K, byte[]> context;

  @Override
  public void init(FixedKeyProcessorContext<K, byte[]> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<K, Emission> record) {
    if (record.value() instanceof Emission.SetAside setAside) {
      var headers = record.headers();
      for (Header header : setAside.headers()) {
        headers.add(header);
      }
      context.forward(record.withValue(setAside.value()).withHeaders(headers));
    }
  }
}

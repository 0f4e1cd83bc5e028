package dev.vigil.analytics.topology;

import dev.vigil.contracts.probe.ProbeResult;
import dev.vigil.contracts.topic.Topics;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.jspecify.annotations.Nullable;

/** Reads probe results without ever throwing: unreadable values become {@link DecodedResult.Invalid}. */
final class DecodedResultSerde implements Serde<DecodedResult> {

  private final Deserializer<ProbeResult> contract = Topics.PROBE_RESULTS.valueSerde().deserializer();
  private final Serializer<ProbeResult> writer = Topics.PROBE_RESULTS.valueSerde().serializer();

  @Override
  public Serializer<DecodedResult> serializer() {
    return (topic, decoded) -> switch (decoded) {
      case null -> null;
      case DecodedResult.Valid valid -> writer.serialize(topic, valid.result());
      case DecodedResult.Invalid invalid -> invalid.raw();
    };
  }

  @Override
  public Deserializer<DecodedResult> deserializer() {
    return this::read;
  }

  private @Nullable DecodedResult read(String topic, byte @Nullable [] data) {
    if (data == null) {
      return new DecodedResult.Invalid(new byte[0], new IllegalArgumentException("a probe result must not be null"));
    }
    try {
      ProbeResult result = contract.deserialize(topic, data);
      return result == null
          ? new DecodedResult.Invalid(data, new IllegalArgumentException("a probe result must not be null"))
          : new DecodedResult.Valid(result);
    } catch (RuntimeException unreadable) {
      return new DecodedResult.Invalid(data, unreadable);
    }
  }
}

package dev.vigil.contracts.json;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectWriter;

/** Writes a contract record as JSON; a null value stays null, because on a compacted topic that is a tombstone. */
public final class ContractSerializer<T> implements Serializer<T> {

  private final ObjectWriter writer = ContractsJson.mapper().writer();

  @Override
  public byte @Nullable [] serialize(String topic, @Nullable T data) {
    if (data == null) {
      return null;
    }
    try {
      return writer.writeValueAsBytes(data);
    } catch (JacksonException e) {
      throw new SerializationException(
          "Cannot write " + data.getClass().getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }
}

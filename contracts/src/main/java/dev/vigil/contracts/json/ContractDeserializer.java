package dev.vigil.contracts.json;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;

/**
 * Reads a contract record from JSON, skipping fields it does not know; null bytes (a tombstone) read as null, and
 * anything unreadable fails with a {@link SerializationException} naming the type and the field.
 */
public final class ContractDeserializer<T> implements Deserializer<T> {

  private final Class<T> type;
  private final ObjectReader reader;

  public ContractDeserializer(Class<T> type) {
    this.type = type;
    this.reader = ContractsJson.mapper().readerFor(type);
  }

  @Override
  public @Nullable T deserialize(String topic, byte @Nullable [] data) {
    if (data == null) {
      return null;
    }
    try {
      return reader.readValue(data);
    } catch (JacksonException e) {
      throw new SerializationException(ReadFailure.describe(type, e), e);
    }
  }
}

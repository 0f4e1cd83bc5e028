package dev.vigil.contracts.json;

import org.apache.kafka.common.serialization.Serde;

/**
 * The JSON serde of one contract type: pass it to Kafka Streams as a {@link Serde}, or hand its serializer and
 * deserializer to plain or Spring Kafka producer and consumer factories; it needs no configuration.
 */
public final class ContractSerde<T> implements Serde<T> {

  private final ContractSerializer<T> serializer = new ContractSerializer<>();
  private final ContractDeserializer<T> deserializer;

  public ContractSerde(Class<T> type) {
    this.deserializer = new ContractDeserializer<>(type);
  }

  @Override
  public ContractSerializer<T> serializer() {
    return serializer;
  }

  @Override
  public ContractDeserializer<T> deserializer() {
    return deserializer;
  }
}

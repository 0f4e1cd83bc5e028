package dev.vigil.notifier.delivery;

import dev.vigil.contracts.json.ContractSerializer;
import java.util.UUID;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.UUIDSerializer;
import org.jspecify.annotations.Nullable;

/**
 * Writes the notifier's internal records: channel-id keys and task values, and, for a record that could not be read
 * and is being dead-lettered, its original bytes unchanged.
 */
public final class InternalSerializer implements Serializer<Object> {

    private final UUIDSerializer uuids = new UUIDSerializer();
    private final ContractSerializer<Object> json = new ContractSerializer<>();

    @Override
    public byte @Nullable [] serialize(String topic, @Nullable Object data) {
        return switch (data) {
            case null -> null;
            case byte[] raw -> raw;
            case UUID id -> uuids.serialize(topic, id);
            default -> json.serialize(topic, data);
        };
    }
}

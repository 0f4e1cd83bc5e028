package dev.vigil.probe.intake;

import dev.vigil.contracts.probe.ProbeRequest;
import dev.vigil.contracts.topic.Topics;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads probe requests from raw bytes here rather than in the consumer, so that one unreadable record becomes a
 * dead letter instead of an exception that stops the consumer at that offset.
 */
final class RequestReader {

    private final Deserializer<UUID> keys = Topics.PROBE_REQUESTS.keySerde().deserializer();
    private final Deserializer<ProbeRequest> values = Topics.PROBE_REQUESTS.valueSerde().deserializer();

    /** Throws when the key is not a monitor id or the value is absent or not a valid probe request. */
    ProbeRequest read(ConsumerRecord<byte[], byte[]> record) {
        if (record.key() == null || keys.deserialize(record.topic(), record.key()) == null) {
            throw new IllegalArgumentException("probe request without a monitor id key");
        }
        ProbeRequest request = record.value() == null ? null : values.deserialize(record.topic(), record.value());
        if (request == null) {
            throw new IllegalArgumentException("probe request without a value");
        }
        return request;
    }
}

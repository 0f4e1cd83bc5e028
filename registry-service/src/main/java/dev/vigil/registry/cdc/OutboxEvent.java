package dev.vigil.registry.cdc;

import java.util.Optional;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.jspecify.annotations.Nullable;

/**
 * One inserted outbox row as the WAL carried it; {@code payload} is the JSON text exactly as PostgreSQL stored it,
 * null for a tombstone.
 */
record OutboxEvent(String id, String aggregateType, String aggregateId, String type, @Nullable String payload) {

    private static final String OPERATION = "op";
    private static final String CREATE = "c";
    private static final String AFTER = "after";

    /**
     * The outbox row a change event inserted; heartbeats, WAL messages and anything but an insert carry none, so
     * they only move the stream position forward.
     */
    static Optional<OutboxEvent> of(SourceRecord record) {
        if (!(record.value() instanceof Struct envelope) || envelope.schema().field(OPERATION) == null
                || !CREATE.equals(envelope.getString(OPERATION))) {
            return Optional.empty();
        }
        Struct row = envelope.getStruct(AFTER);
        return Optional.of(new OutboxEvent(
                row.getString("id"),
                row.getString("aggregatetype"),
                row.getString("aggregateid"),
                row.getString("type"),
                row.getString("payload")));
    }
}

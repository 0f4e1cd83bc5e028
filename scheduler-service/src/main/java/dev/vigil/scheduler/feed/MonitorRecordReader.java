package dev.vigil.scheduler.feed;

import dev.vigil.contracts.json.ContractDeserializer;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.scheduler.schedule.SnapshotView;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads monitor records from raw bytes, so one unreadable record is reported and skipped instead of stopping the
 * consumer at that offset for good (which is what a failing deserializer inside {@code poll} would do). Values are
 * read as the {@link SnapshotView} of the snapshot, the fields the scheduler uses. Safe to share between threads.
 */
final class MonitorRecordReader {

    private final Deserializer<UUID> keys = Topics.MONITORS.keySerde().deserializer();
    private final Deserializer<SnapshotView> values = new ContractDeserializer<>(SnapshotView.class);

    MonitorRecord read(ConsumerRecord<byte[], byte[]> record) {
        try {
            UUID monitorId = keys.deserialize(record.topic(), record.key());
            if (monitorId == null) {
                return new MonitorRecord.Unreadable("record has no key");
            }
            SnapshotView snapshot = values.deserialize(record.topic(), record.value());
            if (snapshot == null) {
                return new MonitorRecord.Deleted(monitorId);
            }
            if (!snapshot.id().equals(monitorId)) {
                return new MonitorRecord.Unreadable("key " + monitorId + " differs from the snapshot's id " + snapshot.id());
            }
            return new MonitorRecord.Current(snapshot);
        } catch (SerializationException e) {
            return new MonitorRecord.Unreadable(e.getMessage() == null ? e.getClass().getName() : e.getMessage());
        }
    }
}

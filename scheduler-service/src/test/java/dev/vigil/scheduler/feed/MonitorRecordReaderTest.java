package dev.vigil.scheduler.feed;

import static dev.vigil.scheduler.TestMonitors.monitor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.scheduler.TestChecks;
import dev.vigil.scheduler.schedule.SnapshotView;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class MonitorRecordReaderTest {

    private final MonitorRecordReader reader = new MonitorRecordReader();

    @Test
    void readsTheFieldsTheSchedulerUsesOfASnapshot() {
        UUID id = UUID.randomUUID();
        MonitorSnapshot snapshot = monitor(id, TestChecks.http("a"), 300, List.of("eu-west", "us-east"), false, 4);

        MonitorRecord read = reader.read(record(id, json(snapshot)));

        assertThat(read).isEqualTo(new MonitorRecord.Current(new SnapshotView(id, snapshot.tenant(), snapshot.check(),
                300, List.of("eu-west", "us-east"), false, 4)));
    }

    @Test
    void snapshotWithAnInvalidCheckIsUnreadable() {
        UUID id = UUID.randomUUID();
        String json = new String(json(monitor(id, 60)), StandardCharsets.UTF_8)
                .replace("https://" + id + ".example.com/health", "not a url");

        assertThat(reader.read(record(id, json.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(MonitorRecord.Unreadable.class);
    }

    @Test
    void snapshotUnderAnotherMonitorsKeyIsUnreadable() {
        assertThat(reader.read(record(UUID.randomUUID(), json(monitor(UUID.randomUUID(), 60)))))
                .isInstanceOf(MonitorRecord.Unreadable.class);
    }

    @Test
    void tombstoneIsADeletion() {
        UUID id = UUID.randomUUID();

        assertThat(reader.read(record(id, null))).isEqualTo(new MonitorRecord.Deleted(id));
    }

    private static byte[] json(MonitorSnapshot snapshot) {
        return Topics.MONITORS.valueSerde().serializer().serialize(Topics.MONITORS.name(), snapshot);
    }

    private static ConsumerRecord<byte[], byte[]> record(UUID key, byte[] value) {
        byte[] keyBytes = Topics.MONITORS.keySerde().serializer().serialize(Topics.MONITORS.name(), key);
        return new ConsumerRecord<>(Topics.MONITORS.name(), 0, 0, keyBytes, value);
    }
}

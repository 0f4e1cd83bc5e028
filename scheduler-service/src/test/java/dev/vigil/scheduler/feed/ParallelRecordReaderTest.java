package dev.vigil.scheduler.feed;

import static dev.vigil.scheduler.TestMonitors.monitor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ParallelRecordReaderTest {

    private static final int RECORDS = 1000;
    private static final int THREADS = 3;

    private final ParallelRecordReader reader = new ParallelRecordReader(THREADS);

    @AfterEach
    void close() {
        reader.close();
    }

    @Test
    void recordsReadOnSeveralThreadsComeBackInPollOrder() {
        List<UUID> ids = IntStream.range(0, RECORDS).mapToObj(i -> UUID.randomUUID()).toList();

        List<MonitorRecord> read = reader.readAll(ids.stream().map(ParallelRecordReaderTest::current).toList());

        assertThat(read).extracting(record -> ((MonitorRecord.Current) record).snapshot().id())
                .containsExactlyElementsOf(ids);
    }

    @Test
    void unreadableRecordAndTombstoneKeepTheirPlaces() {
        List<ConsumerRecord<byte[], byte[]>> records = IntStream.range(0, RECORDS)
                .mapToObj(i -> i == 100 ? unreadable() : i == 700 ? tombstone() : current(UUID.randomUUID()))
                .toList();

        List<MonitorRecord> read = reader.readAll(records);

        assertThat(read).hasSize(RECORDS);
        assertThat(read.get(100)).isInstanceOf(MonitorRecord.Unreadable.class);
        assertThat(read.get(700)).isInstanceOf(MonitorRecord.Deleted.class);
        assertThat(read.get(101)).isInstanceOf(MonitorRecord.Current.class);
    }

    private static ConsumerRecord<byte[], byte[]> current(UUID id) {
        return record(id, Topics.MONITORS.valueSerde().serializer().serialize(Topics.MONITORS.name(), monitor(id, 60)));
    }

    private static ConsumerRecord<byte[], byte[]> tombstone() {
        return record(UUID.randomUUID(), null);
    }

    private static ConsumerRecord<byte[], byte[]> unreadable() {
        return record(UUID.randomUUID(), "{not json".getBytes(StandardCharsets.UTF_8));
    }

    private static ConsumerRecord<byte[], byte[]> record(UUID key, byte[] value) {
        byte[] keyBytes = Topics.MONITORS.keySerde().serializer().serialize(Topics.MONITORS.name(), key);
        return new ConsumerRecord<>(Topics.MONITORS.name(), 0, 0, keyBytes, value);
    }
}

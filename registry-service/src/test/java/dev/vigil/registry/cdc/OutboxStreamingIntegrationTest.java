package dev.vigil.registry.cdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.testkit.kafka.WithKafka;
import dev.vigil.testkit.postgres.TestDatabase;
import dev.vigil.testkit.postgres.WithPostgres;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@WithKafka
@WithPostgres(freshDatabase = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxStreamingIntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private CdcHarness harness;

    @BeforeAll
    void startStreaming(TestDatabase database) {
        harness = new CdcHarness(database);
        CdcSupervisor supervisor = harness.supervisor();
        supervisor.start();
        await().atMost(TIMEOUT).until(() -> supervisor.status().phase() == CdcStatus.Phase.STREAMING);
    }

    @AfterAll
    void stopStreaming() throws Exception {
        harness.close();
    }

    @Test
    void monitorRowIsPublishedKeyedByMonitorWithEventIdHeaderAndTheSnapshotAsValue() {
        UUID monitorId = UUID.randomUUID();
        MonitorSnapshot snapshot = Examples.monitor(monitorId, 1);
        UUID eventId = harness.insertOutbox("monitor", monitorId, snapshot);

        ConsumerRecord<byte[], byte[]> record = TopicReader.read(Topics.MONITORS.name(), Set.of(monitorId),
                received -> !received.isEmpty(), TIMEOUT).getFirst();

        assertThat(Topics.MONITORS.keySerde().deserializer().deserialize(record.topic(), record.key()))
                .isEqualTo(monitorId);
        assertThat(TopicReader.header(record, OutboxHeaders.EVENT_ID)).isEqualTo(eventId.toString());
        assertThat(TopicReader.header(record, OutboxHeaders.EVENT_TYPE)).isEqualTo("monitor_changed");
        assertThat(Topics.MONITORS.valueSerde().deserializer().deserialize(record.topic(), record.value()))
                .isEqualTo(snapshot);
    }

    @Test
    void rowWithoutPayloadIsPublishedAsTombstone() {
        UUID monitorId = UUID.randomUUID();
        UUID eventId = harness.insertOutbox("monitor", monitorId, null);

        ConsumerRecord<byte[], byte[]> record = TopicReader.read(Topics.MONITORS.name(), Set.of(monitorId),
                received -> !received.isEmpty(), TIMEOUT).getFirst();

        assertThat(record.value()).isNull();
        assertThat(TopicReader.header(record, OutboxHeaders.EVENT_ID)).isEqualTo(eventId.toString());
    }

    @Test
    void updatePublishesTheNewVersionAfterTheOld() {
        UUID monitorId = UUID.randomUUID();
        harness.insertOutbox("monitor", monitorId, Examples.monitor(monitorId, 1));
        harness.insertOutbox("monitor", monitorId, Examples.monitor(monitorId, 2));

        List<ConsumerRecord<byte[], byte[]>> records = TopicReader.read(Topics.MONITORS.name(), Set.of(monitorId),
                received -> received.size() >= 2, TIMEOUT);

        assertThat(records).map(record -> Topics.MONITORS.valueSerde().deserializer()
                        .deserialize(record.topic(), record.value()).version())
                .containsExactly(1L, 2L);
    }

    @Test
    void channelRowIsPublishedOnTheChannelsTopic() {
        UUID channelId = UUID.randomUUID();
        UUID eventId = harness.insertOutbox("channel", channelId, null);

        ConsumerRecord<byte[], byte[]> record = TopicReader.read(Topics.CHANNELS.name(), Set.of(channelId),
                received -> !received.isEmpty(), TIMEOUT).getFirst();

        assertThat(TopicReader.header(record, OutboxHeaders.EVENT_ID)).isEqualTo(eventId.toString());
    }

    @Test
    void publishedRowsAreDeletedFromTheOutbox() {
        UUID monitorId = UUID.randomUUID();
        UUID eventId = harness.insertOutbox("monitor", monitorId, Examples.monitor(monitorId, 1));

        TopicReader.read(Topics.MONITORS.name(), Set.of(monitorId), received -> !received.isEmpty(), TIMEOUT);

        await().atMost(TIMEOUT).until(() -> harness.jdbc().sql("select count(*) from outbox_event where id = ?")
                .param(eventId).query(Long.class).single() == 0);
    }

    @Test
    void heartbeatsAdvanceTheSlotWhileOnlyOtherTablesChange() {
        harness.jdbc().sql("create table if not exists unrelated (id serial primary key, note text)").update();
        harness.jdbc().sql("insert into unrelated (note) select 'wal' from generate_series(1, 1000)").update();
        String written = harness.jdbc().sql("select cast(pg_current_wal_lsn() as text)").query(String.class).single();

        await().atMost(TIMEOUT).until(() -> harness.jdbc().sql("""
                select confirmed_flush_lsn >= cast(? as pg_lsn) from pg_replication_slots where slot_name = ?
                """).params(written, harness.properties().slotName()).query(Boolean.class).single());
    }
}

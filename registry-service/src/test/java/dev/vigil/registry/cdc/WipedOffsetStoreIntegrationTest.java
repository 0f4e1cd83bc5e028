package dev.vigil.registry.cdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.contracts.topic.Topics;
import dev.vigil.testkit.kafka.WithKafka;
import dev.vigil.testkit.postgres.TestDatabase;
import dev.vigil.testkit.postgres.WithPostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The engine's offsets (table {@code cdc_offset}) deleted while the registry is stopped: the engine must pick up
 * where the replication slot says the registry got to, neither re-publishing the past (a re-snapshot storm) nor
 * skipping what is pending.
 */
@WithKafka
@WithPostgres(freshDatabase = true)
class WipedOffsetStoreIntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final int PUBLISHED_BEFORE = 200;

    @Test
    void engineWithoutOffsetsResumesFromTheSlotRepublishingAtMostTheNewestChangeAndSkippingNothing(TestDatabase database)
            throws Exception {
        try (var harness = new CdcHarness(database)) {
            // One key for every change, so they share a partition and the topic keeps their order.
            UUID monitorId = UUID.randomUUID();
            List<UUID> published = new ArrayList<>();
            CdcSupervisor first = harness.supervisor();
            first.start();
            // The first start rewrites the rows already in the outbox behind the new slot; wait for it to be done, or
            // rows written meanwhile would be published twice for a reason that has nothing to do with the wipe.
            await().atMost(TIMEOUT).until(() -> first.status().phase() == CdcStatus.Phase.STREAMING);
            for (int version = 1; version <= PUBLISHED_BEFORE; version++) {
                published.add(harness.insertOutbox("monitor", monitorId, Examples.monitor(monitorId, version)));
            }
            await().atMost(TIMEOUT).until(() -> harness.outboxRows() == 0 && slotConfirmedPublished(harness));
            first.close();

            long wiped = harness.jdbc().sql("delete from cdc_offset").update();
            UUID pending = harness.insertOutbox("monitor", monitorId, Examples.monitor(monitorId, 201));
            harness.supervisor().start();
            UUID after = harness.insertOutbox("monitor", monitorId, Examples.monitor(monitorId, 202));

            List<ConsumerRecord<byte[], byte[]>> received = TopicReader.read(Topics.MONITORS.name(),
                    Set.of(monitorId), records -> copiesById(records).containsKey(after.toString()), TIMEOUT);
            Map<String, Long> copies = copiesById(received);
            assertThat(wiped).as("offset rows deleted").isPositive();
            assertThat(copies.get(pending.toString())).as("the change written while stopped").isEqualTo(1);
            assertThat(copies.get(after.toString())).as("the change written after the restart").isEqualTo(1);
            List<UUID> republished = published.stream().filter(id -> copies.get(id.toString()) > 1).toList();
            assertThat(published).as("changes published before the wipe")
                    .allSatisfy(id -> assertThat(copies.get(id.toString())).isBetween(1L, 2L));
            // Without offsets Debezium cannot skip within the transaction at the slot's position, so the newest
            // change before the stop may come again; nothing older does.
            assertThat(republished).as("re-published after the wipe").isSubsetOf(published.getLast());
            assertThat(received).hasSize(PUBLISHED_BEFORE + republished.size() + 2);
        }
    }

    private static Map<String, Long> copiesById(List<ConsumerRecord<byte[], byte[]>> records) {
        return records.stream().map(record -> TopicReader.header(record, OutboxHeaders.EVENT_ID))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** The engine flushes its position to the slot one offset-flush interval after publishing. */
    private static boolean slotConfirmedPublished(CdcHarness harness) {
        return harness.jdbc().sql("""
                select s.confirmed_flush_lsn >= c.published_lsn from pg_replication_slots s
                join cdc_slot c on c.slot_name = s.slot_name where s.slot_name = ?
                """)
                .param(harness.properties().slotName())
                .query(Boolean.class)
                .single();
    }
}

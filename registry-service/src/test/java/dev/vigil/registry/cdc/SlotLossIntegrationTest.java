package dev.vigil.registry.cdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.contracts.topic.Topics;
import dev.vigil.testkit.kafka.WithKafka;
import dev.vigil.testkit.postgres.PostgresServer;
import dev.vigil.testkit.postgres.WithPostgres;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

@WithKafka
@WithPostgres(freshDatabase = true)
class SlotLossIntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Test
    void droppedSlotStopsTheEngineAndTurnsHealthDown(PostgresServer server) throws Exception {
        try (var harness = new CdcHarness(server.database("r2_slot_dropped"))) {
            streamOnceAndStop(harness);
            dropSlot(harness);

            CdcSupervisor replacement = harness.supervisor();
            replacement.start();
            await().atMost(TIMEOUT).until(() -> replacement.status().phase() == CdcStatus.Phase.SLOT_LOST);

            assertThat(replacement.status().reason()).contains("is gone");
            assertThat(new CdcHealthIndicator(replacement).health().getStatus()).isEqualTo(Status.DOWN);
            assertThat(slotExists(harness)).isFalse();
        }
    }

    @Test
    void recreatedSlotStopsTheEngineInsteadOfSkippingTheChangesInBetween(PostgresServer server) throws Exception {
        try (var harness = new CdcHarness(server.database("r2_slot_recreated"))) {
            streamOnceAndStop(harness);
            dropSlot(harness);
            UUID skipped = harness.insertOutbox("monitor", UUID.randomUUID(), null);
            harness.jdbc().sql("select pg_create_logical_replication_slot(?, 'pgoutput')")
                    .param(harness.properties().slotName()).query().singleRow();

            CdcSupervisor replacement = harness.supervisor();
            replacement.start();
            await().atMost(TIMEOUT).until(() -> replacement.status().phase() == CdcStatus.Phase.SLOT_LOST);

            assertThat(replacement.status().reason()).contains("recreated or advanced");
            assertThat(harness.jdbc().sql("select count(*) from outbox_event where id = ?").param(skipped)
                    .query(Long.class).single()).isEqualTo(1);
        }
    }

    private static void streamOnceAndStop(CdcHarness harness) {
        CdcSupervisor supervisor = harness.supervisor();
        supervisor.start();
        await().atMost(TIMEOUT).until(() -> supervisor.status().phase() == CdcStatus.Phase.STREAMING);
        UUID monitorId = UUID.randomUUID();
        harness.insertOutbox("monitor", monitorId, Examples.monitor(monitorId, 1));
        TopicReader.read(Topics.MONITORS.name(), Set.of(monitorId), records -> !records.isEmpty(), TIMEOUT);
        supervisor.close();
    }

    private static void dropSlot(CdcHarness harness) {
        await().atMost(TIMEOUT).until(() -> harness.jdbc()
                .sql("select count(*) from pg_replication_slots where slot_name = ? and not active")
                .param(harness.properties().slotName()).query(Long.class).single() == 1);
        harness.jdbc().sql("select pg_drop_replication_slot(?)").param(harness.properties().slotName())
                .query().singleRow();
    }

    private static boolean slotExists(CdcHarness harness) {
        return harness.jdbc().sql("select count(*) from pg_replication_slots where slot_name = ?")
                .param(harness.properties().slotName()).query(Long.class).single() > 0;
    }
}

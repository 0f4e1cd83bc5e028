package dev.vigil.registry.cdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.contracts.topic.Topics;
import dev.vigil.testkit.kafka.WithKafka;
import dev.vigil.testkit.postgres.IsolatedPostgresServer;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * A slot PostgreSQL invalidated ({@code wal_status} lost) after it fell more than {@code max_slot_wal_keep_size}
 * behind still exists, so only its status tells that the changes it held are gone. A server of its own, because the
 * tiny keep size would invalidate the slots of other test classes too.
 */
@WithKafka
class SlotInvalidationIntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private static IsolatedPostgresServer server;

    @BeforeAll
    static void startServer() {
        server = IsolatedPostgresServer.start(Map.of("max_slot_wal_keep_size", "1MB"));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void aSlotInvalidatedAsLostStopsTheEngineAndTurnsHealthDownWithTheReason() throws Exception {
        try (var harness = new CdcHarness(server.database("slot_invalidated"))) {
            streamOnceAndStop(harness);
            invalidateSlot(harness);

            CdcSupervisor replacement = harness.supervisor();
            replacement.start();
            await().atMost(TIMEOUT).until(() -> replacement.status().phase() == CdcStatus.Phase.SLOT_LOST);

            Health health = new CdcHealthIndicator(replacement).health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails().get("reason")).asString().contains("wal_status lost");
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
        await().atMost(TIMEOUT).until(() -> harness.jdbc()
                .sql("select count(*) from pg_replication_slots where slot_name = ? and not active")
                .param(harness.properties().slotName()).query(Long.class).single() == 1);
    }

    /**
     * Writes WAL past the keep size while the slot is idle, switching segments so old ones can go, and checkpoints:
     * the checkpoint removes the segments and marks the slot lost.
     */
    private static void invalidateSlot(CdcHarness harness) {
        harness.jdbc().sql("create table filler (line text)").update();
        await().atMost(TIMEOUT).until(() -> {
            harness.jdbc().sql("insert into filler select repeat('x', 1000) from generate_series(1, 2000)").update();
            harness.jdbc().sql("select pg_switch_wal()").query().singleRow();
            harness.jdbc().sql("checkpoint").update();
            return "lost".equals(harness.jdbc().sql("select wal_status from pg_replication_slots where slot_name = ?")
                    .param(harness.properties().slotName()).query(String.class).single());
        });
    }
}

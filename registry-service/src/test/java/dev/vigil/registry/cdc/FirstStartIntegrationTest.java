package dev.vigil.registry.cdc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.json.ContractsJson;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.testkit.kafka.WithKafka;
import dev.vigil.testkit.postgres.PostgresServer;
import dev.vigil.testkit.postgres.WithPostgres;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@WithKafka
@WithPostgres(freshDatabase = true)
class FirstStartIntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Test
    void rowsWrittenBeforeTheSlotExistedArePublishedOnTheFirstStart(PostgresServer server) throws Exception {
        try (var harness = new CdcHarness(server.database("r2_first_start"))) {
            UUID monitorId = UUID.randomUUID();
            harness.insertOutbox("monitor", monitorId, Examples.monitor(monitorId, 1));

            harness.supervisor().start();

            TopicReader.read(Topics.MONITORS.name(), Set.of(monitorId), records -> !records.isEmpty(), TIMEOUT);
        }
    }

    @Test
    void rowsWrittenBeforeTheSlotExistedArePublishedOldestVersionFirst(PostgresServer server) throws Exception {
        try (var harness = new CdcHarness(server.database("r2_first_start_order"))) {
            UUID monitorId = UUID.randomUUID();
            // A vacuumed gap at the start of the table takes the newer row, so the table's physical order (the
            // order a plain scan reads) is no longer the order the rows were written in.
            UUID gap = harness.insertOutbox("monitor", UUID.randomUUID(), null);
            harness.insertOutbox("monitor", monitorId, Examples.monitor(monitorId, 1));
            harness.jdbc().sql("delete from outbox_event where id = ?").param(gap).update();
            harness.jdbc().sql("vacuum outbox_event").update();
            harness.insertOutbox("monitor", monitorId, Examples.monitor(monitorId, 2));

            harness.supervisor().start();

            var published = TopicReader.read(Topics.MONITORS.name(), Set.of(monitorId),
                    records -> records.size() == 2, TIMEOUT);
            assertThat(published).extracting(record -> ContractsJson.mapper()
                    .readValue(record.value(), MonitorSnapshot.class).version()).containsExactly(1L, 2L);
        }
    }
}

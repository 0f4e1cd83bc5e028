package dev.vigil.registry.cdc;

import dev.vigil.contracts.topic.Topics;
import dev.vigil.testkit.kafka.WithKafka;
import dev.vigil.testkit.postgres.TestDatabase;
import dev.vigil.testkit.postgres.WithPostgres;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@WithKafka
@WithPostgres(freshDatabase = true)
class FirstStartIntegrationTest {

    @Test
    void rowsWrittenBeforeTheSlotExistedArePublishedOnTheFirstStart(TestDatabase database) throws Exception {
        try (var harness = new CdcHarness(database)) {
            UUID monitorId = UUID.randomUUID();
            harness.insertOutbox("monitor", monitorId, Examples.monitor(monitorId, 1));

            harness.supervisor().start();

            TopicReader.read(Topics.MONITORS.name(), Set.of(monitorId), records -> !records.isEmpty(),
                    Duration.ofSeconds(60));
        }
    }
}

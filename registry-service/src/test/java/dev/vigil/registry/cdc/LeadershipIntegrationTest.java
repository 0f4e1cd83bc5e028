package dev.vigil.registry.cdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
class LeadershipIntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Test
    void onlyOneReplicaStreamsAndAnotherTakesOverWhenItStops(TestDatabase database) throws Exception {
        try (var harness = new CdcHarness(database)) {
            CdcSupervisor first = harness.supervisor();
            CdcSupervisor second = harness.supervisor();
            first.start();
            await().atMost(TIMEOUT).until(() -> first.status().phase() == CdcStatus.Phase.STREAMING);
            second.start();

            publishes(harness);
            assertThat(second.status().phase()).isEqualTo(CdcStatus.Phase.STANDBY);

            first.close();
            await().atMost(TIMEOUT).until(() -> second.status().phase() == CdcStatus.Phase.STREAMING);
            publishes(harness);
        }
    }

    private static void publishes(CdcHarness harness) {
        UUID monitorId = UUID.randomUUID();
        harness.insertOutbox("monitor", monitorId, Examples.monitor(monitorId, 1));
        TopicReader.read(Topics.MONITORS.name(), Set.of(monitorId), records -> !records.isEmpty(), TIMEOUT);
    }
}

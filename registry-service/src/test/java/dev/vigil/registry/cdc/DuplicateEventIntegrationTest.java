package dev.vigil.registry.cdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.contracts.topic.Topics;
import dev.vigil.testkit.kafka.WithKafka;
import dev.vigil.testkit.postgres.TestDatabase;
import dev.vigil.testkit.postgres.WithPostgres;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@WithKafka
@WithPostgres(freshDatabase = true)
class DuplicateEventIntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Test
    void eventWrittenToTheOutboxAgainIsPublishedAgainAsACopyWithTheSameEventId(TestDatabase database)
            throws Exception {
        try (var harness = new CdcHarness(database)) {
            CdcSupervisor supervisor = harness.supervisor();
            supervisor.start();
            // Rows written before the first start's outbox rewrite is done may be published twice already.
            await().atMost(TIMEOUT).until(() -> supervisor.status().phase() == CdcStatus.Phase.STREAMING);
            UUID monitorId = UUID.randomUUID();
            UUID eventId = harness.insertOutbox("monitor", monitorId, Examples.monitor(monitorId, 1));
            TopicReader.read(Topics.MONITORS.name(), Set.of(monitorId), records -> records.size() == 1, TIMEOUT);

            harness.insertOutbox(eventId, "monitor", monitorId, Examples.monitor(monitorId, 1));

            List<ConsumerRecord<byte[], byte[]>> copies = TopicReader.read(Topics.MONITORS.name(),
                    Set.of(monitorId), records -> records.size() == 2, TIMEOUT);
            assertThat(copies).extracting(record -> TopicReader.header(record, OutboxHeaders.EVENT_ID))
                    .containsExactly(eventId.toString(), eventId.toString());
            assertThat(copies).extracting(record -> TopicReader.text(record.value()))
                    .containsOnly(TopicReader.text(copies.getFirst().value()));
            assertThat(copies.getLast().partition()).isEqualTo(copies.getFirst().partition());
        }
    }
}

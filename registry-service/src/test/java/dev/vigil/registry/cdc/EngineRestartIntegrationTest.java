package dev.vigil.registry.cdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.contracts.topic.Topics;
import dev.vigil.testkit.kafka.WithKafka;
import dev.vigil.testkit.postgres.TestDatabase;
import dev.vigil.testkit.postgres.WithPostgres;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@WithKafka
@WithPostgres(freshDatabase = true)
class EngineRestartIntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final int CHANGES = 300;
    private static final int KILLS = 2;

    @Test
    void engineKilledMidStreamRepublishesInsteadOfLosingChanges(TestDatabase database) throws Exception {
        try (var harness = new CdcHarness(database)) {
            CdcSupervisor supervisor = harness.supervisor();
            supervisor.start();
            await().atMost(TIMEOUT).until(() -> replicationPid(harness) != null);

            Set<UUID> monitors = new HashSet<>();
            Set<String> events = new HashSet<>();
            for (int i = 0; i < CHANGES; i++) {
                UUID monitorId = UUID.randomUUID();
                monitors.add(monitorId);
                events.add(harness.insertOutbox("monitor", monitorId, null).toString());
                if (i % (CHANGES / (KILLS + 1)) == 0 && i > 0) {
                    killReplicationConnection(harness);
                }
            }

            List<ConsumerRecord<byte[], byte[]>> received = TopicReader.read(Topics.MONITORS.name(), monitors,
                    records -> eventIds(records).containsAll(events), TIMEOUT);

            Map<String, List<ConsumerRecord<byte[], byte[]>>> copies = received.stream()
                    .collect(Collectors.groupingBy(record -> TopicReader.header(record, OutboxHeaders.EVENT_ID)));
            assertThat(copies.keySet()).as("every change published").containsExactlyInAnyOrderElementsOf(events);
            assertThat(copies).as("a change is replayed at most once per crash, and only as an exact copy")
                    .allSatisfy((eventId, published) -> {
                        assertThat(published).hasSizeLessThanOrEqualTo(1 + KILLS);
                        assertThat(published).extracting(EngineRestartIntegrationTest::keyAndValue)
                                .containsOnly(keyAndValue(published.getFirst()));
                    });
            await().atMost(TIMEOUT).until(() -> harness.outboxRows() == 0);
        }
    }

    private static String keyAndValue(ConsumerRecord<byte[], byte[]> record) {
        return Arrays.toString(record.key()) + "=" + Arrays.toString(record.value());
    }

    private static Set<String> eventIds(List<ConsumerRecord<byte[], byte[]>> records) {
        return records.stream().map(record -> TopicReader.header(record, OutboxHeaders.EVENT_ID))
                .collect(Collectors.toSet());
    }

    /** What a crash looks like to PostgreSQL and to the engine: the replication session just ends. */
    private static void killReplicationConnection(CdcHarness harness) {
        await().atMost(TIMEOUT).until(() -> replicationPid(harness) != null);
        harness.jdbc().sql("select pg_terminate_backend(?)").param(replicationPid(harness)).query().singleRow();
    }

    private static Integer replicationPid(CdcHarness harness) {
        return harness.jdbc().sql("select active_pid from pg_replication_slots where slot_name = ? and active_pid is not null")
                .param(harness.properties().slotName())
                .query(Integer.class)
                .optional()
                .orElse(null);
    }
}

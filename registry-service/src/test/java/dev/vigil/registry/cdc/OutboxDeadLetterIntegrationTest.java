package dev.vigil.registry.cdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.contracts.topic.DeadLetterHeaders;
import dev.vigil.contracts.topic.StateDeadLetters;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.testkit.kafka.KafkaBroker;
import dev.vigil.testkit.kafka.WithKafka;
import dev.vigil.testkit.postgres.TestDatabase;
import dev.vigil.testkit.postgres.WithPostgres;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

@WithKafka
@WithPostgres(freshDatabase = true)
class OutboxDeadLetterIntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @Test
    void anOutboxRowOfAnUnknownAggregateTypeIsDeadLetteredWithItsReasonAndTheRowsAfterItFlow(TestDatabase database)
            throws Exception {
        KafkaBroker.shared().createTopics(StateDeadLetters.OUTBOX);
        try (var harness = new CdcHarness(database)) {
            CdcSupervisor supervisor = harness.supervisor();
            supervisor.start();
            await().atMost(TIMEOUT).until(() -> supervisor.status().phase() == CdcStatus.Phase.STREAMING);

            UUID invoice = UUID.randomUUID();
            UUID strangerEvent = harness.insertOutbox("invoice", invoice, Map.of("total", 12));
            UUID monitorId = UUID.randomUUID();
            harness.insertOutbox("monitor", monitorId, Examples.monitor(monitorId, 1));

            TopicReader.read(Topics.MONITORS.name(), Set.of(monitorId), records -> !records.isEmpty(), TIMEOUT);
            ConsumerRecord<String, byte[]> letter = KafkaBroker.shared().consume(StateDeadLetters.OUTBOX.name(),
                    new StringDeserializer(), new ByteArrayDeserializer(), 1, TIMEOUT).getFirst();
            assertThat(letter.key()).isEqualTo(invoice.toString());
            assertThat(TopicReader.text(letter.value())).contains("\"total\"");
            assertThat(header(letter, OutboxHeaders.EVENT_ID)).isEqualTo(strangerEvent.toString());
            assertThat(header(letter, DeadLetterHeaders.REASON)).isEqualTo("processing");
            assertThat(header(letter, DeadLetterHeaders.EXCEPTION_MESSAGE)).contains("invoice");
            await().atMost(TIMEOUT).until(() -> harness.outboxRows() == 0);
            assertThat(supervisor.status().phase()).isEqualTo(CdcStatus.Phase.STREAMING);
            assertThat(harness.meters().get(OutboxPublisher.DEAD_LETTERS).counter().count()).isEqualTo(1);
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}

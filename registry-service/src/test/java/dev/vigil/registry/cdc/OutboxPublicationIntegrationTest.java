package dev.vigil.registry.cdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.registry.outbox.Aggregate;
import dev.vigil.registry.outbox.OutboxWriter;
import dev.vigil.testkit.kafka.WithKafka;
import dev.vigil.testkit.postgres.WithPostgres;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/** The application as deployed: the registry's own outbox writer, its supervisor and its metrics. */
@SpringBootTest
@WithKafka
@WithPostgres(freshDatabase = true)
class OutboxPublicationIntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Autowired
    private OutboxWriter outbox;

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private MeterRegistry meters;

    @Test
    void monitorWrittenInATransactionAppearsOnTheMonitorsTopic() {
        UUID monitorId = UUID.randomUUID();
        MonitorSnapshot snapshot = Examples.monitor(monitorId, 3);
        UUID eventId = transactions.execute(status -> outbox.append(Aggregate.MONITOR, monitorId, "monitor_updated",
                snapshot));

        ConsumerRecord<byte[], byte[]> record = TopicReader.read(Topics.MONITORS.name(), Set.of(monitorId),
                received -> !received.isEmpty(), TIMEOUT).getFirst();

        assertThat(TopicReader.header(record, OutboxHeaders.EVENT_ID)).isEqualTo(eventId.toString());
        assertThat(Topics.MONITORS.valueSerde().deserializer().deserialize(record.topic(), record.value()))
                .isEqualTo(snapshot);
    }

    @Test
    void slotLagIsMeasuredInBytes() {
        await().atMost(TIMEOUT).untilAsserted(() -> {
            Gauge lag = meters.find("vigil.registry.cdc.slot.lag").gauge();
            assertThat(lag).isNotNull();
            assertThat(lag.value()).isNotNaN().isGreaterThanOrEqualTo(0);
        });
    }

    @Test
    void theOnlyReplicaLeadsAndSaysSoInItsMetrics() {
        await().atMost(TIMEOUT).untilAsserted(() ->
                assertThat(meters.get("vigil.registry.cdc.streaming").gauge().value()).isEqualTo(1));
    }
}

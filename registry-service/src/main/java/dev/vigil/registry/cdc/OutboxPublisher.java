package dev.vigil.registry.cdc;

import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.RecordChangeEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes each batch of outbox changes and only then lets the engine commit their position, so a crash at any
 * point republishes (a duplicate with the same event id) rather than loses a change. A row no topic takes (an
 * aggregate type this registry does not know) is published to the outbox dead-letter topic instead: failing the batch
 * would restart the engine on the same row forever and hold back every change after it.
 */
final class OutboxPublisher implements DebeziumEngine.ChangeConsumer<RecordChangeEvent<SourceRecord>> {

    static final String DEAD_LETTERS = "vigil.registry.outbox.dead.letters";

    private static final Logger log = LoggerFactory.getLogger(OutboxPublisher.class);

    private final Producer<byte[], byte[]> producer;
    private final ProcessedOutbox processed;
    private final CdcProperties properties;
    private final MeterRegistry meters;
    private final Counter deadLetters;

    OutboxPublisher(Producer<byte[], byte[]> producer, ProcessedOutbox processed, CdcProperties properties,
            MeterRegistry meters) {
        this.producer = producer;
        this.processed = processed;
        this.properties = properties;
        this.meters = meters;
        this.deadLetters = Counter.builder(DEAD_LETTERS)
                .description("Outbox rows no topic takes, published to the outbox dead-letter topic instead")
                .register(meters);
    }

    @Override
    public void handleBatch(List<RecordChangeEvent<SourceRecord>> batch,
            DebeziumEngine.RecordCommitter<RecordChangeEvent<SourceRecord>> committer) throws InterruptedException {
        List<Sent> sent = new ArrayList<>();
        for (RecordChangeEvent<SourceRecord> change : batch) {
            OutboxEvent.of(change.record()).ifPresent(event -> sent.add(
                    new Sent(event, producer.send(route(event, change.record())))));
        }
        awaitAcknowledgements(sent);
        processed.delete(sent.stream().map(s -> UUID.fromString(s.event().id())).toList());
        StreamPosition.highest(batch.stream().map(RecordChangeEvent::record).toList())
                .ifPresent(processed::recordPublishedUpTo);
        for (RecordChangeEvent<SourceRecord> change : batch) {
            committer.markProcessed(change);
        }
        committer.markBatchFinished();
    }

    private ProducerRecord<byte[], byte[]> route(OutboxEvent event, SourceRecord change) {
        try {
            return OutboxRoute.toRecord(event);
        } catch (IllegalStateException unroutable) {
            long lsn = StreamPosition.highest(List.of(change)).orElse(-1);
            log.atError().addKeyValue("eventId", event.id()).addKeyValue("aggregateType", event.aggregateType())
                    .addKeyValue("aggregateId", event.aggregateId()).addKeyValue("lsn", StreamPosition.text(lsn))
                    .log("outbox row dead-lettered: no topic for its aggregate type");
            deadLetters.increment();
            return OutboxRoute.toDeadLetter(event, unroutable, properties.outboxTable(), lsn);
        }
    }

    private void awaitAcknowledgements(List<Sent> sent) throws InterruptedException {
        for (Sent one : sent) {
            try {
                RecordMetadata metadata = one.acknowledgement().get(properties.sendTimeout().toMillis(),
                        TimeUnit.MILLISECONDS);
                Counter.builder("vigil.registry.outbox.published")
                        .description("Outbox events Kafka acknowledged")
                        .tag("topic", metadata.topic())
                        .register(meters)
                        .increment();
            } catch (ExecutionException | TimeoutException e) {
                throw new OutboxPublishException(one.event(), e);
            }
        }
    }

    private record Sent(OutboxEvent event, Future<RecordMetadata> acknowledgement) {
    }
}

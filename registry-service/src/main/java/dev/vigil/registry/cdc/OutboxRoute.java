package dev.vigil.registry.cdc;

import dev.vigil.contracts.topic.DeadLetterHeaders;
import dev.vigil.contracts.topic.DeadLetterReason;
import dev.vigil.contracts.topic.StateDeadLetters;
import dev.vigil.contracts.topic.Topic;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.registry.outbox.Aggregate;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jspecify.annotations.Nullable;

/**
 * Turns an outbox row into the Kafka record consumers expect: the topic of its aggregate, the aggregate id as the
 * key (the same bytes Kafka's UUID serializer writes) and the stored JSON unchanged as the value.
 */
final class OutboxRoute {

    private OutboxRoute() {
    }

    static ProducerRecord<byte[], byte[]> toRecord(OutboxEvent event) {
        return new ProducerRecord<>(topicOf(event.aggregateType()).name(), null, utf8(event.aggregateId()),
                value(event), eventHeaders(event));
    }

    /**
     * The row set aside on the outbox dead-letter topic, key and value as they would have been published; the origin
     * headers name the outbox table and, as the offset, the WAL position of the row's insert.
     */
    static ProducerRecord<byte[], byte[]> toDeadLetter(OutboxEvent event, RuntimeException unroutable,
            String outboxTable, long lsn) {
        Headers headers = DeadLetterHeaders.describe(DeadLetterReason.PROCESSING, unroutable, outboxTable, 0, lsn);
        eventHeaders(event).forEach(headers::add);
        return new ProducerRecord<>(StateDeadLetters.OUTBOX.name(), null, utf8(event.aggregateId()), value(event),
                headers);
    }

    static Topic<?, ?> topicOf(String aggregateType) {
        Aggregate aggregate = Arrays.stream(Aggregate.values())
                .filter(candidate -> candidate.wireName().equals(aggregateType))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Outbox row with unknown aggregatetype " + aggregateType));
        return switch (aggregate) {
            case MONITOR -> Topics.MONITORS;
            case CHANNEL -> Topics.CHANNELS;
            case ALERT -> Topics.ALERTS;
        };
    }

    private static Headers eventHeaders(OutboxEvent event) {
        var headers = new RecordHeaders();
        headers.add(OutboxHeaders.EVENT_ID, utf8(event.id()));
        headers.add(OutboxHeaders.EVENT_TYPE, utf8(event.type()));
        return headers;
    }

    private static byte @Nullable [] value(OutboxEvent event) {
        return event.payload() == null ? null : utf8(event.payload());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

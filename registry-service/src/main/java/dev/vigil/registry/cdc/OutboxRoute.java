package dev.vigil.registry.cdc;

import dev.vigil.contracts.topic.Topic;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.registry.outbox.Aggregate;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Turns an outbox row into the Kafka record consumers expect: the topic of its aggregate, the aggregate id as the
 * key (the same bytes Kafka's UUID serializer writes) and the stored JSON unchanged as the value.
 */
final class OutboxRoute {

    private OutboxRoute() {
    }

    static ProducerRecord<byte[], byte[]> toRecord(OutboxEvent event) {
        var headers = new RecordHeaders();
        headers.add(OutboxHeaders.EVENT_ID, utf8(event.id()));
        headers.add(OutboxHeaders.EVENT_TYPE, utf8(event.type()));
        byte[] value = event.payload() == null ? null : utf8(event.payload());
        return new ProducerRecord<>(topicOf(event.aggregateType()).name(), null, utf8(event.aggregateId()), value,
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

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

package dev.vigil.registry.readmodel;

import dev.vigil.contracts.topic.DeadLetterHeaders;
import dev.vigil.contracts.topic.DeadLetterReason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/**
 * Sends records the read model cannot take to {@code <topic>.dlt}, same partition, original bytes, with Vigil's
 * dead-letter headers saying why, and counts them.
 */
final class DeadLetters implements AutoCloseable {

    private final DefaultKafkaProducerFactory<byte[], byte[]> producers;
    private final DeadLetterPublishingRecoverer recoverer;

    DeadLetters(DefaultKafkaProducerFactory<byte[], byte[]> producers, MeterRegistry meters) {
        this.producers = producers;
        this.recoverer = new DeadLetterPublishingRecoverer(new KafkaTemplate<>(producers),
                (record, failure) -> new TopicPartition(deadLetterTopic(record), record.partition()));
        recoverer.setHeadersFunction((record, failure) -> {
            DeadLetterReason reason = reason(failure);
            Counter.builder("vigil.registry.read-model.dead-letters")
                    .description("Records the read model sent to a dead-letter topic")
                    .tag("topic", record.topic())
                    .tag("reason", reason.headerValue())
                    .register(meters)
                    .increment();
            return headers(record, reason, rootOf(failure));
        });
    }

    DeadLetterPublishingRecoverer recoverer() {
        return recoverer;
    }

    private static String deadLetterTopic(ConsumerRecord<?, ?> record) {
        return ReadModelTopics.named(record.topic())
                .map(topic -> topic.deadLetter().name())
                .orElseThrow(() -> new IllegalStateException("Not a read model topic: " + record.topic()));
    }

    /** Unreadable bytes never get better; anything else was retried first, so its budget is spent. */
    private static DeadLetterReason reason(Exception failure) {
        return rootOf(failure) instanceof SerializationException
                ? DeadLetterReason.DESERIALIZATION
                : DeadLetterReason.RETRIES_EXHAUSTED;
    }

    private static Throwable rootOf(Throwable failure) {
        Throwable current = failure;
        while (current.getCause() != null && !(current instanceof SerializationException)) {
            current = current.getCause();
        }
        return current;
    }

    private static Headers headers(ConsumerRecord<?, ?> record, DeadLetterReason reason, Throwable cause) {
        return DeadLetterHeaders.describe(reason, cause, record.topic(), record.partition(), record.offset());
    }

    @Override
    public void close() {
        producers.destroy();
    }
}

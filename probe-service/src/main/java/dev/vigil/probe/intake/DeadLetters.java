package dev.vigil.probe.intake;

import dev.vigil.contracts.probe.ProbeResult;
import dev.vigil.contracts.topic.DeadLetterHeaders;
import dev.vigil.contracts.topic.DeadLetterReason;
import dev.vigil.contracts.topic.Topics;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets records aside on a dead-letter topic, reason in the headers, so their partition moves on: a probe request that
 * cannot be read (bytes unchanged) and a result Kafka refused for good. A letter Kafka refuses in turn (a result too
 * large for the results topic is usually too large for its dead-letter topic as well) goes again without its value;
 * the headers still say which request it answers.
 */
final class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final AcknowledgedSender<byte[], byte[]> sender;
    private final ProbeMetrics metrics;

    DeadLetters(AcknowledgedSender<byte[], byte[]> sender, ProbeMetrics metrics) {
        this.sender = sender;
        this.metrics = metrics;
    }

    CompletableFuture<Void> send(ConsumerRecord<byte[], byte[]> record, Exception unreadable) {
        log.atWarn().addKeyValue("partition", record.partition()).addKeyValue("offset", record.offset())
                .addKeyValue("error", unreadable.getMessage()).log("probe request dead-lettered");
        metrics.deadLettered();
        var headers = DeadLetterHeaders.describe(DeadLetterReason.DESERIALIZATION, unreadable, record.topic(),
                record.partition(), record.offset());
        return deliver(new ProducerRecord<>(Topics.PROBE_REQUESTS.deadLetter().name(), record.partition(), null,
                record.key(), record.value(), headers));
    }

    /** The headers name the request the result answers, which can be probed again from its topic. */
    CompletableFuture<Void> send(PendingProbe answered, ProbeResult result, RecordRefusedException refused) {
        log.atError().addKeyValue("monitorId", result.monitorId())
                .addKeyValue("partition", answered.partition().partition()).addKeyValue("offset", answered.offset())
                .addKeyValue("error", refused.getMessage()).log("probe result refused by Kafka, dead-lettered");
        metrics.resultDeadLettered();
        String topic = Topics.PROBE_RESULTS.name();
        byte[] key = Topics.PROBE_RESULTS.keySerde().serializer().serialize(topic, result.monitorId());
        var headers = DeadLetterHeaders.describe(DeadLetterReason.PROCESSING, refused.refusal(),
                answered.partition().topic(), answered.partition().partition(), answered.offset());
        // Same key and partition count as the results topic, so the letter lands on the result's partition number.
        return deliver(new ProducerRecord<>(Topics.PROBE_RESULTS.deadLetter().name(), null, null, key,
                serialised(topic, result), headers));
    }

    private CompletableFuture<Void> deliver(ProducerRecord<byte[], byte[]> letter) {
        return sender.send(letter)
                .exceptionallyCompose(failure -> refused(failure) == null ? CompletableFuture.failedFuture(failure)
                        : sender.send(withoutValue(letter)))
                .exceptionallyCompose(failure -> {
                    RecordRefusedException refused = refused(failure);
                    if (refused == null) {
                        return CompletableFuture.failedFuture(failure);
                    }
                    metrics.deadLetterRefused();
                    log.atError().addKeyValue("topic", letter.topic()).addKeyValue("error", refused.getMessage())
                            .log("dead letter refused by Kafka even without its value; the record is skipped");
                    return CompletableFuture.completedFuture(null);
                });
    }

    private static ProducerRecord<byte[], byte[]> withoutValue(ProducerRecord<byte[], byte[]> letter) {
        return new ProducerRecord<>(letter.topic(), letter.partition(), null, letter.key(), null, letter.headers());
    }

    /** A result that cannot be serialised is set aside without its value. */
    private static byte @Nullable [] serialised(String topic, ProbeResult result) {
        try {
            return Topics.PROBE_RESULTS.valueSerde().serializer().serialize(topic, result);
        } catch (SerializationException unserialisable) {
            return null;
        }
    }

    private static @Nullable RecordRefusedException refused(Throwable failure) {
        Throwable cause = failure instanceof CompletionException wrapped && wrapped.getCause() != null
                ? wrapped.getCause() : failure;
        return cause instanceof RecordRefusedException refused ? refused : null;
    }
}

package dev.vigil.probe.intake;

import dev.vigil.contracts.topic.DeadLetterHeaders;
import dev.vigil.contracts.topic.DeadLetterReason;
import dev.vigil.contracts.topic.Topics;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Moves a probe request that cannot be read to the dead-letter topic, bytes unchanged, reason in the headers. */
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
        return sender.send(new ProducerRecord<>(Topics.PROBE_REQUESTS.deadLetter().name(), record.partition(), null,
                record.key(), record.value(), headers));
    }
}

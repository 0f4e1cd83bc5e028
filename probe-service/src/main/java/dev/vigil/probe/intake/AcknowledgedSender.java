package dev.vigil.probe.intake;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends records and completes only when Kafka acknowledged them, retrying after a pause for as long as the service
 * runs: the offset of a request must never be committed before its result is stored, so giving up is not an option;
 * while Kafka is away, unfinished probes hold their partitions back instead. A record Kafka refuses for good (too
 * large, not authorised) would hold its partition back forever, so it completes with a
 * {@link RecordRefusedException} for the caller to set aside.
 */
final class AcknowledgedSender<K, V> implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AcknowledgedSender.class);

    private final Producer<K, V> producer;
    private final Executor retryLater;
    private volatile boolean open = true;

    AcknowledgedSender(Producer<K, V> producer, Duration retryBackoff) {
        this.producer = producer;
        this.retryLater = CompletableFuture.delayedExecutor(retryBackoff.toMillis(), TimeUnit.MILLISECONDS);
    }

    CompletableFuture<Void> send(ProducerRecord<K, V> record) {
        var acknowledged = new CompletableFuture<Void>();
        attempt(record, acknowledged);
        return acknowledged;
    }

    private void attempt(ProducerRecord<K, V> record, CompletableFuture<Void> acknowledged) {
        try {
            producer.send(record, (metadata, failure) -> {
                if (failure == null) {
                    acknowledged.complete(null);
                } else {
                    retry(record, acknowledged, failure);
                }
            });
        } catch (KafkaException refused) {
            retry(record, acknowledged, refused);
        }
    }

    private void retry(ProducerRecord<K, V> record, CompletableFuture<Void> acknowledged, Exception failure) {
        if (!open) {
            acknowledged.completeExceptionally(failure);
            return;
        }
        if (RecordRefusedException.permanent(failure)) {
            log.atWarn().addKeyValue("topic", record.topic()).addKeyValue("error", failure.toString())
                    .log("send refused for good, not retrying");
            acknowledged.completeExceptionally(new RecordRefusedException(failure));
            return;
        }
        log.atWarn().addKeyValue("topic", record.topic()).addKeyValue("error", failure.toString())
                .log("send failed, retrying");
        retryLater.execute(() -> attempt(record, acknowledged));
    }

    @Override
    public void close() {
        open = false;
        producer.close();
    }
}

package dev.vigil.probe.intake;

import java.util.Collection;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Commits what is finished before partitions move, and starts each new assignment with a clean ledger. */
final class PartitionRebalance implements ConsumerRebalanceListener {

    private static final Logger log = LoggerFactory.getLogger(PartitionRebalance.class);

    private final Consumer<byte[], byte[]> consumer;
    private final OffsetLedger ledger;
    private final Backlog backlog;

    PartitionRebalance(Consumer<byte[], byte[]> consumer, OffsetLedger ledger, Backlog backlog) {
        this.consumer = consumer;
        this.ledger = ledger;
        this.backlog = backlog;
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        commitNow(consumer, ledger.committable(partitions));
        release(partitions);
        log.atInfo().addKeyValue("partitions", partitions).log("probe request partitions revoked");
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
        release(partitions);
        log.atInfo().addKeyValue("partitions", partitions).log("probe request partitions lost");
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        ledger.assigned(partitions);
        backlog.pauseAssigned(consumer, partitions);
        log.atInfo().addKeyValue("partitions", partitions).log("probe request partitions assigned");
    }

    private void release(Collection<TopicPartition> partitions) {
        ledger.forget(partitions);
        backlog.forget(partitions);
    }

    static void commitNow(Consumer<byte[], byte[]> consumer, Map<TopicPartition, OffsetAndMetadata> offsets) {
        if (offsets.isEmpty()) {
            return;
        }
        try {
            consumer.commitSync(offsets);
        } catch (KafkaException failed) {
            log.atWarn().addKeyValue("error", failed.toString()).log("offset commit failed");
        }
    }
}

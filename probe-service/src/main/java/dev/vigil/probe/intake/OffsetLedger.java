package dev.vigil.probe.intake;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The ledgers of the partitions this instance owns now. A new assignment gets a new ledger, so a probe that finishes
 * for a partition that moved away (and perhaps came back) marks an orphaned ledger and never commits for the new
 * owner. Used by the intake thread only; the ledgers themselves are safe to finish from any thread.
 */
final class OffsetLedger {

    private final Map<TopicPartition, PartitionLedger> owned = new HashMap<>();

    void assigned(Collection<TopicPartition> partitions) {
        partitions.forEach(partition -> owned.put(partition, new PartitionLedger()));
    }

    void forget(Collection<TopicPartition> partitions) {
        partitions.forEach(owned::remove);
    }

    PartitionLedger track(TopicPartition partition, long offset) {
        PartitionLedger ledger = owned.computeIfAbsent(partition, unknown -> new PartitionLedger());
        ledger.track(offset);
        return ledger;
    }

    /** Offsets that moved since the last commit, for the given partitions. */
    Map<TopicPartition, OffsetAndMetadata> committable(Collection<TopicPartition> partitions) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : partitions) {
            PartitionLedger ledger = owned.get(partition);
            if (ledger != null) {
                ledger.advance().ifPresent(offset -> offsets.put(partition, new OffsetAndMetadata(offset)));
            }
        }
        return offsets;
    }

    Map<TopicPartition, OffsetAndMetadata> committable() {
        return committable(owned.keySet());
    }

    void commitFailed(Map<TopicPartition, OffsetAndMetadata> offsets) {
        offsets.forEach((partition, offset) -> {
            PartitionLedger ledger = owned.get(partition);
            if (ledger != null) {
                ledger.retryCommit(offset.offset());
            }
        });
    }
}

package dev.vigil.probe.intake;

import dev.vigil.contracts.probe.ProbeRequest;
import org.apache.kafka.common.TopicPartition;

/** A request read and accepted, waiting for a free slot; it knows which ledger entry to finish. */
record PendingProbe(TopicPartition partition, long offset, PartitionLedger ledger, ProbeRequest request) {

    void finish() {
        ledger.finish(offset);
    }
}

package dev.vigil.probe.intake;

import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * The offsets of one partition, in one assignment, that were read but are not finished yet. Probes finish in any
 * order, and Kafka keeps only one committed offset per partition, so the committable offset is the lowest unfinished
 * one: nothing after a slow probe is committed before it, and a crash only ever repeats work, never skips it.
 */
final class PartitionLedger {

    private final TreeSet<Long> unfinished = new TreeSet<>();
    private long nextToRead = -1;
    private long committed = -1;

    /** The first offset tracked is where reading started, so committing it would change nothing. */
    synchronized void track(long offset) {
        if (committed < 0 && nextToRead < 0) {
            committed = offset;
        }
        unfinished.add(offset);
        nextToRead = offset + 1;
    }

    /** Called from any thread once a record's outcome (result, dead letter, drop) is safely in Kafka. */
    synchronized void finish(long offset) {
        unfinished.remove(offset);
    }

    /** The offset to commit when it moved since the last call, i.e. the next record a new owner would read. */
    synchronized OptionalLong advance() {
        long committable = unfinished.isEmpty() ? nextToRead : unfinished.first();
        if (committable <= committed) {
            return OptionalLong.empty();
        }
        committed = committable;
        return OptionalLong.of(committable);
    }

    /** Forgets the last commit, so the next {@link #advance()} offers it again after a failed commit. */
    synchronized void retryCommit(long offset) {
        if (committed == offset) {
            committed = -1;
        }
    }
}

package dev.vigil.scheduler.schedule;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * What the monitors feed tells the scheduling thread. Changes travel as messages rather than through a shared
 * lock, so the schedule stays single-threaded and the feed never waits for a tick.
 */
public sealed interface ScheduleChange {

    /**
     * A newly assigned partition has been read up to the end offset seen at assignment; {@code deleted} are the
     * monitors whose tombstone was read, so a late copy of one of their changes is not taken for a new monitor.
     */
    record PartitionLoaded(int partition, List<PlannedMonitor> monitors, Set<UUID> deleted)
            implements ScheduleChange {
        public PartitionLoaded {
            monitors = List.copyOf(monitors);
            deleted = Set.copyOf(deleted);
        }
    }

    /** A monitor of a loaded partition was created, changed, paused or resumed. */
    record MonitorChanged(int partition, PlannedMonitor monitor) implements ScheduleChange {
    }

    /** A monitor of a loaded partition was deleted (tombstone). */
    record MonitorDeleted(int partition, UUID monitorId) implements ScheduleChange {
    }

    /**
     * Partitions revoked or lost; {@code forgotten} completes once no monitor of theirs can fire here any more, which
     * the feed waits for before the partitions go to another instance.
     */
    record PartitionsRevoked(Set<Integer> partitions, CompletableFuture<Void> forgotten) implements ScheduleChange {
        public PartitionsRevoked {
            partitions = Set.copyOf(partitions);
        }
    }
}

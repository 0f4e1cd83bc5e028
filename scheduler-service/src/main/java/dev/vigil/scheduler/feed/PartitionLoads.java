package dev.vigil.scheduler.feed;

import dev.vigil.scheduler.schedule.PlannedMonitor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntToLongFunction;

/**
 * Partitions being read from the beginning after assignment. A partition counts as loaded once the consumer's
 * position reaches the end offset seen at assignment: only then is the latest state of each monitor known, so a
 * monitor deleted or paused further down the log is never scheduled in between. Monitors are held as compact plans,
 * not snapshots: every partition of a rebuild is read at once, so they all sit here until the last record. Used by
 * the feed thread only.
 */
final class PartitionLoads {

    private final Map<Integer, Load> loading = new HashMap<>();

    void begin(int partition, long endOffset, long startedNanos) {
        loading.put(partition, new Load(endOffset, startedNanos, new LinkedHashMap<>(), new HashSet<>()));
    }

    boolean isLoading(int partition) {
        return loading.containsKey(partition);
    }

    /**
     * The newest version wins rather than the last record, and nothing comes back after a tombstone: a record
     * further down the log may be a late copy of an older change (an outbox event published again).
     */
    void current(int partition, UUID monitorId, PlannedMonitor monitor) {
        Load load = loading.get(partition);
        if (!load.deleted().contains(monitorId)) {
            load.monitors().merge(monitorId, monitor,
                    (known, incoming) -> incoming.plan().version() >= known.plan().version() ? incoming : known);
        }
    }

    void deleted(int partition, UUID monitorId) {
        Load load = loading.get(partition);
        load.monitors().remove(monitorId);
        load.deleted().add(monitorId);
    }

    void abandon(Collection<Integer> partitions) {
        partitions.forEach(loading::remove);
    }

    /** Removes and returns the partitions whose position has reached their end offset. */
    List<Loaded> finished(IntToLongFunction position) {
        List<Loaded> finished = new ArrayList<>();
        loading.entrySet().removeIf(entry -> {
            Load load = entry.getValue();
            if (position.applyAsLong(entry.getKey()) < load.endOffset()) {
                return false;
            }
            finished.add(new Loaded(entry.getKey(), List.copyOf(load.monitors().values()), Set.copyOf(load.deleted()),
                    load.startedNanos()));
            return true;
        });
        return finished;
    }

    private record Load(long endOffset, long startedNanos, Map<UUID, PlannedMonitor> monitors, Set<UUID> deleted) {
    }

    record Loaded(int partition, List<PlannedMonitor> monitors, Set<UUID> deleted, long startedNanos) {
    }
}

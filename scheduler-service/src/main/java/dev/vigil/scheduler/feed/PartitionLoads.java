package dev.vigil.scheduler.feed;

import dev.vigil.contracts.monitor.MonitorSnapshot;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntToLongFunction;

/**
 * Partitions being read from the beginning after assignment. A partition counts as loaded once the consumer's
 * position reaches the end offset seen at assignment: only then is the latest state of each monitor known, so a
 * monitor deleted or paused further down the log is never scheduled in between. Used by the feed thread only.
 */
final class PartitionLoads {

    private final Map<Integer, Load> loading = new HashMap<>();

    void begin(int partition, long endOffset, long startedNanos) {
        loading.put(partition, new Load(endOffset, startedNanos, new LinkedHashMap<>()));
    }

    boolean isLoading(int partition) {
        return loading.containsKey(partition);
    }

    void current(int partition, MonitorSnapshot snapshot) {
        loading.get(partition).monitors().put(snapshot.id(), snapshot);
    }

    void deleted(int partition, UUID monitorId) {
        loading.get(partition).monitors().remove(monitorId);
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
            finished.add(new Loaded(entry.getKey(), List.copyOf(load.monitors().values()), load.startedNanos()));
            return true;
        });
        return finished;
    }

    private record Load(long endOffset, long startedNanos, Map<UUID, MonitorSnapshot> monitors) {
    }

    record Loaded(int partition, List<MonitorSnapshot> monitors, long startedNanos) {
    }
}

package dev.vigil.scheduler.schedule;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalLong;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;
import java.util.function.ObjLongConsumer;

/**
 * The monitors this instance owns, ordered by their next fire time: a priority queue with lazy deletion, so a
 * million monitors cost one small entry each and no timer or thread. Not thread-safe: only the scheduling thread
 * touches it.
 */
final class Schedule {

    /** The version a deleted monitor counts as having: newer than any change that could still arrive. */
    private static final long DELETED = Long.MAX_VALUE;
    private static final long UNKNOWN = Long.MIN_VALUE;

    /** Kept per partition, so loading or forgetting one never looks at the monitors of the others. */
    private final Map<Integer, PartitionMonitors> partitions = new HashMap<>();
    private final PriorityQueue<ScheduledMonitor> queue =
            new PriorityQueue<>(Comparator.comparingLong(ScheduledMonitor::nextFireAt));
    private final Set<Integer> loadedPartitions = new HashSet<>();
    private int cancelledInQueue;

    /**
     * Replaces whatever the schedule held for the partition with its monitors as read from the topic, and remembers
     * the ones read as deleted there, as {@link #remove} does.
     */
    void load(int partition, Iterable<PlannedMonitor> monitors, Set<UUID> deleted, long nowMillis) {
        forget(partition);
        loadedPartitions.add(partition);
        PartitionMonitors owned = owned(partition);
        deleted.forEach(monitorId -> owned.stopped().put(monitorId, DELETED));
        monitors.forEach(monitor -> put(partition, monitor, nowMillis));
    }

    /**
     * Adds or updates a monitor. A new interval means a new grid, which applies from its first instant after now;
     * other changes keep the next fire time. A paused monitor stops at once. A version older than the newest applied
     * (paused and deleted ones included) changes nothing: it is a late copy of an older change (an outbox event
     * published again), which must not undo a newer one.
     */
    void put(int partition, PlannedMonitor monitor, long nowMillis) {
        PartitionMonitors owned = owned(partition);
        MonitorPlan plan = monitor.plan();
        UUID id = plan.monitorId();
        ScheduledMonitor existing = owned.scheduled().get(plan.idHigh(), plan.idLow());
        long known = existing != null ? existing.plan().version() : owned.stopped().getOrDefault(id, UNKNOWN);
        if (plan.version() < known) {
            return;
        }
        if (!monitor.enabled()) {
            stop(owned, id);
            owned.stopped().put(id, plan.version());
            return;
        }
        owned.stopped().remove(id);
        if (existing != null && existing.plan().intervalSeconds() == plan.intervalSeconds()) {
            existing.replacePlan(plan);
            return;
        }
        long firstFire = Grid.of(id, plan.intervalMillis()).nextAfter(nowMillis);
        var scheduled = new ScheduledMonitor(plan, firstFire);
        owned.scheduled().put(scheduled);
        queue.add(scheduled);
        if (existing != null) {
            cancel(existing);
            compactIfMostlyCancelled();
        }
    }

    /**
     * Deleted (tombstone): no further probe from the moment this returns, and no change of the monitor applies any
     * more, since monitor ids are never reused and whatever comes after a deletion is a late copy.
     */
    void remove(int partition, UUID monitorId) {
        PartitionMonitors owned = partitions.get(partition);
        if (owned == null) {
            return;
        }
        boolean known = stop(owned, monitorId) || owned.stopped().containsKey(monitorId);
        if (known) {
            owned.stopped().put(monitorId, DELETED);
        }
    }

    /** The partition was revoked: another instance schedules its monitors from now on. */
    void forget(int partition) {
        loadedPartitions.remove(partition);
        PartitionMonitors owned = partitions.remove(partition);
        if (owned != null) {
            owned.scheduled().forEach(this::cancel);
            compactIfMostlyCancelled();
        }
    }

    /**
     * Hands every monitor due at or before {@code nowMillis} to {@code fire} with the grid instant it was due at, and
     * moves it to its next grid instant after now, skipping instants missed while the thread was late.
     */
    void fireDue(long nowMillis, ObjLongConsumer<MonitorPlan> fire) {
        for (ScheduledMonitor head = queue.peek(); head != null && head.nextFireAt() <= nowMillis; head = queue.peek()) {
            queue.poll();
            if (head.cancelled()) {
                cancelledInQueue--;
                continue;
            }
            fire.accept(head.plan(), head.nextFireAt());
            head.moveTo(head.grid().nextAfter(Math.max(nowMillis, head.nextFireAt())));
            queue.add(head);
        }
    }

    OptionalLong nextFireAt() {
        ScheduledMonitor head = queue.peek();
        return head == null ? OptionalLong.empty() : OptionalLong.of(head.nextFireAt());
    }

    int size() {
        int size = 0;
        for (PartitionMonitors owned : partitions.values()) {
            size += owned.scheduled().size();
        }
        return size;
    }

    int loadedPartitions() {
        return loadedPartitions.size();
    }

    private PartitionMonitors owned(int partition) {
        return partitions.computeIfAbsent(partition, unused -> new PartitionMonitors(new MonitorTable(), new HashMap<>()));
    }

    /** Takes the monitor out of the schedule; false if it was not scheduled. */
    private boolean stop(PartitionMonitors owned, UUID monitorId) {
        ScheduledMonitor removed = owned.scheduled().remove(monitorId.getMostSignificantBits(),
                monitorId.getLeastSignificantBits());
        if (removed == null) {
            return false;
        }
        cancel(removed);
        compactIfMostlyCancelled();
        return true;
    }

    private void cancel(ScheduledMonitor scheduled) {
        scheduled.cancel();
        cancelledInQueue++;
    }

    /**
     * Cancelled entries wait in the queue until their fire time; when they outnumber the live ones (after a
     * revocation, say) the queue is rebuilt so memory stays proportional to the monitors owned.
     */
    private void compactIfMostlyCancelled() {
        if (cancelledInQueue > 0 && cancelledInQueue > size()) {
            queue.removeIf(ScheduledMonitor::cancelled);
            cancelledInQueue = 0;
        }
    }

    /**
     * One partition's monitors: the scheduled ones, and the newest version of each paused or deleted one (few), so a
     * late copy of an older change cannot bring it back.
     */
    private record PartitionMonitors(MonitorTable scheduled, Map<UUID, Long> stopped) {
    }
}

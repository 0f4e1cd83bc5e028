package dev.vigil.scheduler.schedule;

import dev.vigil.contracts.monitor.MonitorSnapshot;
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

    private final MonitorPlans plans;
    private final Map<UUID, ScheduledMonitor> monitors = new HashMap<>();
    private final PriorityQueue<ScheduledMonitor> queue =
            new PriorityQueue<>(Comparator.comparingLong(ScheduledMonitor::nextFireAt));
    /**
     * The newest version applied per monitor of the owned partitions, paused and deleted ones included, so a late
     * copy of an older change (an outbox event published again) cannot undo a newer one.
     */
    private final Map<UUID, Applied> applied = new HashMap<>();
    private final Set<Integer> loadedPartitions = new HashSet<>();
    private int cancelledInQueue;

    Schedule(MonitorPlans plans) {
        this.plans = plans;
    }

    /**
     * Replaces whatever the schedule held for the partition with its monitors as read from the topic, and remembers
     * the ones read as deleted there, as {@link #remove} does.
     */
    void load(int partition, Iterable<MonitorSnapshot> snapshots, Set<UUID> deleted, long nowMillis) {
        forget(partition);
        loadedPartitions.add(partition);
        deleted.forEach(monitorId -> applied.put(monitorId, new Applied(partition, DELETED)));
        snapshots.forEach(snapshot -> put(partition, snapshot, nowMillis));
    }

    /**
     * Adds or updates a monitor. A new interval means a new grid, which applies from its first instant after now;
     * other changes keep the next fire time. A paused monitor stops at once.
     */
    void put(int partition, MonitorSnapshot snapshot, long nowMillis) {
        Applied known = applied.get(snapshot.id());
        if (known != null && snapshot.version() < known.version()) {
            return;
        }
        applied.put(snapshot.id(), new Applied(partition, snapshot.version()));
        if (!snapshot.enabled()) {
            stop(snapshot.id());
            return;
        }
        MonitorPlan plan = plans.planFor(snapshot);
        ScheduledMonitor existing = monitors.get(plan.monitorId());
        if (existing != null && existing.plan().intervalMillis() == plan.intervalMillis()) {
            existing.replacePlan(plan);
            return;
        }
        if (existing != null) {
            cancel(existing);
        }
        long firstFire = Grid.of(plan.monitorId(), plan.intervalMillis()).nextAfter(nowMillis);
        var scheduled = new ScheduledMonitor(partition, plan, firstFire);
        monitors.put(plan.monitorId(), scheduled);
        queue.add(scheduled);
    }

    /**
     * Deleted (tombstone): no further probe from the moment this returns, and no change of the monitor applies any
     * more, since monitor ids are never reused and whatever comes after a deletion is a late copy.
     */
    void remove(UUID monitorId) {
        Applied known = applied.get(monitorId);
        if (known != null) {
            applied.put(monitorId, new Applied(known.partition(), DELETED));
        }
        stop(monitorId);
    }

    private void stop(UUID monitorId) {
        ScheduledMonitor removed = monitors.remove(monitorId);
        if (removed != null) {
            cancel(removed);
        }
    }

    /** The partition was revoked: another instance schedules its monitors from now on. */
    void forget(int partition) {
        loadedPartitions.remove(partition);
        applied.values().removeIf(known -> known.partition() == partition);
        monitors.values().removeIf(scheduled -> {
            if (scheduled.partition() != partition) {
                return false;
            }
            cancel(scheduled);
            return true;
        });
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
        return monitors.size();
    }

    int loadedPartitions() {
        return loadedPartitions.size();
    }

    /**
     * Cancelled entries wait in the queue until their fire time; when they outnumber the live ones (after a
     * revocation, say) the queue is rebuilt so memory stays proportional to the monitors owned.
     */
    private void cancel(ScheduledMonitor scheduled) {
        scheduled.cancel();
        cancelledInQueue++;
        if (cancelledInQueue > monitors.size()) {
            queue.removeIf(ScheduledMonitor::cancelled);
            cancelledInQueue = 0;
        }
    }

    private record Applied(int partition, long version) {
    }
}

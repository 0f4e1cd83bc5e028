package dev.vigil.scheduler.schedule;

import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The scheduled monitors of one partition by id: an open-addressing table (linear probing) of the entries
 * themselves, keyed by the id halves their plan holds. A {@code HashMap<UUID, …>} would add a node and a {@code UUID}
 * per monitor, 64 bytes, more than a quarter of the heap goal; one table per partition lets a revoked partition be
 * dropped without looking at the monitors of the others. Not thread-safe: only the scheduling thread touches it.
 */
final class MonitorTable {

    private static final int INITIAL_CAPACITY = 16;
    /** Grown at three quarters full: probe sequences stay short, and the table costs 5 to 11 bytes per monitor. */
    private static final int LOAD_NUMERATOR = 3;
    private static final int LOAD_DENOMINATOR = 4;

    private @Nullable ScheduledMonitor[] slots = new ScheduledMonitor[INITIAL_CAPACITY];
    private int size;

    @Nullable ScheduledMonitor get(long idHigh, long idLow) {
        int mask = slots.length - 1;
        for (int i = slot(idHigh, idLow, mask); ; i = (i + 1) & mask) {
            ScheduledMonitor entry = slots[i];
            if (entry == null || is(entry, idHigh, idLow)) {
                return entry;
            }
        }
    }

    /** Adds the entry, or replaces the one of the same monitor. */
    void put(ScheduledMonitor monitor) {
        if ((size + 1) * LOAD_DENOMINATOR > slots.length * LOAD_NUMERATOR) {
            grow();
        }
        MonitorPlan plan = monitor.plan();
        int mask = slots.length - 1;
        for (int i = slot(plan.idHigh(), plan.idLow(), mask); ; i = (i + 1) & mask) {
            ScheduledMonitor entry = slots[i];
            if (entry == null) {
                slots[i] = monitor;
                size++;
                return;
            }
            if (is(entry, plan.idHigh(), plan.idLow())) {
                slots[i] = monitor;
                return;
            }
        }
    }

    /**
     * Removes and returns the monitor's entry. The entries after it in its probe run are moved back as far as their
     * own home slot allows, so no lookup ever stops at a hole in front of its entry.
     */
    @Nullable ScheduledMonitor remove(long idHigh, long idLow) {
        int mask = slots.length - 1;
        int hole = slot(idHigh, idLow, mask);
        while (slots[hole] != null && !is(slots[hole], idHigh, idLow)) {
            hole = (hole + 1) & mask;
        }
        ScheduledMonitor removed = slots[hole];
        if (removed == null) {
            return null;
        }
        slots[hole] = null;
        size--;
        for (int i = (hole + 1) & mask; slots[i] != null; i = (i + 1) & mask) {
            MonitorPlan plan = slots[i].plan();
            int home = slot(plan.idHigh(), plan.idLow(), mask);
            // The entry may fill the hole unless its home lies cyclically after the hole, up to where it sits now.
            if (((i - home) & mask) >= ((i - hole) & mask)) {
                slots[hole] = slots[i];
                slots[i] = null;
                hole = i;
            }
        }
        return removed;
    }

    int size() {
        return size;
    }

    void forEach(Consumer<ScheduledMonitor> action) {
        for (ScheduledMonitor entry : slots) {
            if (entry != null) {
                action.accept(entry);
            }
        }
    }

    private void grow() {
        @Nullable ScheduledMonitor[] old = slots;
        slots = new ScheduledMonitor[old.length * 2];
        size = 0;
        for (ScheduledMonitor entry : old) {
            if (entry != null) {
                put(entry);
            }
        }
    }

    private static boolean is(ScheduledMonitor entry, long idHigh, long idLow) {
        MonitorPlan plan = entry.plan();
        return plan.idHigh() == idHigh && plan.idLow() == idLow;
    }

    private static int slot(long idHigh, long idLow, int mask) {
        return (int) Grid.mix(idHigh ^ idLow) & mask;
    }
}

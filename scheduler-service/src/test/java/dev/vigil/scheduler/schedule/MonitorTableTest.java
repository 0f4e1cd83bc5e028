package dev.vigil.scheduler.schedule;

import static dev.vigil.scheduler.TestMonitors.monitor;
import static dev.vigil.scheduler.TestMonitors.view;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MonitorTableTest {

    private static final int MANY = 5000;

    private final MonitorPlans plans = new MonitorPlans(List.of("local"));
    private final MonitorTable table = new MonitorTable();

    @Test
    void findsEveryMonitorPutPastTheInitialCapacity() {
        List<ScheduledMonitor> monitors = scheduled(MANY);

        monitors.forEach(table::put);

        assertThat(table.size()).isEqualTo(MANY);
        assertThat(monitors).allSatisfy(monitor -> assertThat(find(monitor)).isSameAs(monitor));
    }

    @Test
    void unknownMonitorIsNotFound() {
        scheduled(MANY).forEach(table::put);

        UUID unknown = UUID.randomUUID();
        assertThat(table.get(unknown.getMostSignificantBits(), unknown.getLeastSignificantBits())).isNull();
    }

    @Test
    void putOfTheSameMonitorReplacesItsEntry() {
        UUID id = UUID.randomUUID();
        var first = new ScheduledMonitor(plans.planFor(view(monitor(id, 60))), 0);
        var second = new ScheduledMonitor(plans.planFor(view(monitor(id, 60))), 0);

        table.put(first);
        table.put(second);

        assertThat(table.size()).isEqualTo(1);
        assertThat(find(second)).isSameAs(second);
    }

    @Test
    void removingMonitorsLeavesEveryOtherOneFindable() {
        List<ScheduledMonitor> monitors = scheduled(MANY);
        monitors.forEach(table::put);
        List<ScheduledMonitor> removed = monitors.subList(0, MANY / 2);
        List<ScheduledMonitor> kept = monitors.subList(MANY / 2, MANY);

        removed.forEach(monitor -> assertThat(table.remove(monitor.plan().idHigh(), monitor.plan().idLow()))
                .isSameAs(monitor));

        assertThat(table.size()).isEqualTo(kept.size());
        assertThat(removed).allSatisfy(monitor -> assertThat(find(monitor)).isNull());
        assertThat(kept).allSatisfy(monitor -> assertThat(find(monitor)).isSameAs(monitor));
    }

    @Test
    void removingAnUnknownMonitorChangesNothing() {
        scheduled(MANY).forEach(table::put);

        UUID unknown = UUID.randomUUID();
        assertThat(table.remove(unknown.getMostSignificantBits(), unknown.getLeastSignificantBits())).isNull();
        assertThat(table.size()).isEqualTo(MANY);
    }

    @Test
    void visitsEachMonitorOnce() {
        List<ScheduledMonitor> monitors = scheduled(MANY);
        monitors.forEach(table::put);

        List<ScheduledMonitor> visited = new ArrayList<>();
        table.forEach(visited::add);

        assertThat(visited).containsExactlyInAnyOrderElementsOf(monitors);
    }

    private List<ScheduledMonitor> scheduled(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new ScheduledMonitor(plans.planFor(view(monitor(UUID.randomUUID(), 60))), i)).toList();
    }

    private ScheduledMonitor find(ScheduledMonitor monitor) {
        return table.get(monitor.plan().idHigh(), monitor.plan().idLow());
    }
}

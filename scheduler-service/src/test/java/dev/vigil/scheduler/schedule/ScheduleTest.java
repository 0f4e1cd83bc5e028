package dev.vigil.scheduler.schedule;

import static dev.vigil.scheduler.TestMonitors.planned;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    private static final int PARTITION = 3;
    private static final int INTERVAL_SECONDS = 60;
    private static final long INTERVAL = INTERVAL_SECONDS * 1000L;
    private static final long NOW = 1_773_480_000_000L;

    private final Schedule schedule = new Schedule();
    private final List<Fired> fired = new ArrayList<>();

    @Test
    void newMonitorFirstFiresOnItsFirstGridInstantAfterNow() {
        UUID id = UUID.randomUUID();
        schedule.put(PARTITION, planned(id, INTERVAL_SECONDS), NOW);

        fireUntil(NOW + INTERVAL);

        assertThat(fired).containsExactly(new Fired(id, grid(id).nextAfter(NOW)));
    }

    @Test
    void monitorFiresOnEveryGridInstantAsTimePasses() {
        UUID id = UUID.randomUUID();
        schedule.put(PARTITION, planned(id, INTERVAL_SECONDS), NOW);

        tickEvery10Millis(NOW, NOW + 5 * INTERVAL);

        long first = grid(id).nextAfter(NOW);
        assertThat(fired).extracting(Fired::at)
                .containsExactly(first, first + INTERVAL, first + 2 * INTERVAL, first + 3 * INTERVAL, first + 4 * INTERVAL);
    }

    @Test
    void loadingManyMonitorsCausesNoBurstButSpreadsThemOverOneInterval() {
        List<PlannedMonitor> monitors = IntStream.range(0, 1000)
                .mapToObj(i -> planned(UUID.randomUUID(), INTERVAL_SECONDS)).toList();
        schedule.load(PARTITION, monitors, Set.of(), NOW);

        schedule.fireDue(NOW, this::record);
        assertThat(fired).isEmpty();

        fireUntil(NOW + INTERVAL / 2);
        assertThat(fired).hasSizeBetween(400, 600);

        fireUntil(NOW + INTERVAL);
        assertThat(fired).extracting(Fired::monitorId).doesNotHaveDuplicates().hasSize(1000);
    }

    @Test
    void lateTickFiresOnceAndSkipsTheMissedInstants() {
        UUID id = UUID.randomUUID();
        schedule.put(PARTITION, planned(id, INTERVAL_SECONDS), NOW);
        long first = grid(id).nextAfter(NOW);

        schedule.fireDue(first + 3 * INTERVAL + 1, this::record);

        assertThat(fired).containsExactly(new Fired(id, first));
        assertThat(schedule.nextFireAt()).hasValue(first + 4 * INTERVAL);
    }

    @Test
    void intervalChangeAppliesFromTheNextInstantOfTheNewGrid() {
        UUID id = UUID.randomUUID();
        schedule.put(PARTITION, planned(id, INTERVAL_SECONDS), NOW);
        long first = grid(id).nextAfter(NOW);
        fireUntil(first);
        fired.clear();

        long changedAt = first + 1;
        schedule.put(PARTITION, planned(id, 10, List.of(), true, 2), changedAt);
        tickEvery10Millis(changedAt, changedAt + 30_000);

        long next = Grid.of(id, 10_000).nextAfter(changedAt);
        assertThat(fired).extracting(Fired::at).containsExactly(next, next + 10_000, next + 20_000);
    }

    @Test
    void changeWithTheSameIntervalKeepsTheNextFireInstantAndUsesTheNewVersion() {
        UUID id = UUID.randomUUID();
        schedule.put(PARTITION, planned(id, INTERVAL_SECONDS, List.of(), true, 1), NOW);
        long first = grid(id).nextAfter(NOW);

        schedule.put(PARTITION, planned(id, INTERVAL_SECONDS, List.of(), true, 2), NOW + 1);
        List<MonitorPlan> plans = new ArrayList<>();
        schedule.fireDue(first, (plan, at) -> plans.add(plan));

        assertThat(plans).singleElement().extracting(MonitorPlan::version).isEqualTo(2L);
        assertThat(schedule.size()).isEqualTo(1);
    }

    @Test
    void pausedMonitorStopsAtOnce() {
        UUID id = UUID.randomUUID();
        schedule.put(PARTITION, planned(id, INTERVAL_SECONDS), NOW);

        schedule.put(PARTITION, planned(id, INTERVAL_SECONDS, List.of(), false, 2), NOW + 1);
        fireUntil(NOW + 3 * INTERVAL);

        assertThat(fired).isEmpty();
        assertThat(schedule.size()).isZero();
    }

    @Test
    void resumedMonitorFiresOnItsGridAgain() {
        UUID id = UUID.randomUUID();
        schedule.put(PARTITION, planned(id, INTERVAL_SECONDS, List.of(), false, 1), NOW);

        schedule.put(PARTITION, planned(id, INTERVAL_SECONDS, List.of(), true, 2), NOW + INTERVAL);
        fireUntil(NOW + 2 * INTERVAL);

        assertThat(fired).containsExactly(new Fired(id, grid(id).nextAfter(NOW + INTERVAL)));
    }

    @Test
    void deletedMonitorStopsAtOnce() {
        UUID id = UUID.randomUUID();
        schedule.put(PARTITION, planned(id, INTERVAL_SECONDS), NOW);

        schedule.remove(PARTITION, id);
        fireUntil(NOW + 3 * INTERVAL);

        assertThat(fired).isEmpty();
        assertThat(schedule.size()).isZero();
    }

    @Test
    void duplicateOfTheCurrentVersionCausesNoExtraProbe() {
        UUID id = UUID.randomUUID();
        schedule.put(PARTITION, planned(id, INTERVAL_SECONDS, List.of(), true, 3), NOW);
        long first = grid(id).nextAfter(NOW);
        fireUntil(first);

        schedule.put(PARTITION, planned(id, INTERVAL_SECONDS, List.of(), true, 3), first + 1);
        fireUntil(first + INTERVAL);

        assertThat(fired).extracting(Fired::at).containsExactly(first, first + INTERVAL);
    }

    @Test
    void olderVersionArrivingAfterANewerOneChangesNothing() {
        UUID id = UUID.randomUUID();
        schedule.put(PARTITION, planned(id, INTERVAL_SECONDS, List.of(), true, 2), NOW);

        schedule.put(PARTITION, planned(id, 10, List.of(), true, 1), NOW + 1);
        fireUntil(NOW + INTERVAL);

        assertThat(fired).containsExactly(new Fired(id, grid(id).nextAfter(NOW)));
    }

    @Test
    void olderVersionArrivingAfterAPauseDoesNotResumeTheMonitor() {
        UUID id = UUID.randomUUID();
        schedule.put(PARTITION, planned(id, INTERVAL_SECONDS, List.of(), true, 1), NOW);
        schedule.put(PARTITION, planned(id, INTERVAL_SECONDS, List.of(), false, 2), NOW + 1);

        schedule.put(PARTITION, planned(id, INTERVAL_SECONDS, List.of(), true, 1), NOW + 2);
        fireUntil(NOW + 3 * INTERVAL);

        assertThat(fired).isEmpty();
    }

    @Test
    void changeArrivingAfterTheDeletionDoesNotBringTheMonitorBack() {
        UUID id = UUID.randomUUID();
        schedule.put(PARTITION, planned(id, INTERVAL_SECONDS, List.of(), true, 1), NOW);
        schedule.remove(PARTITION, id);

        schedule.put(PARTITION, planned(id, INTERVAL_SECONDS, List.of(), true, 1), NOW + 1);
        fireUntil(NOW + 3 * INTERVAL);

        assertThat(fired).isEmpty();
        assertThat(schedule.size()).isZero();
    }

    @Test
    void lateCopyOfAMonitorDeletedBeforeItsPartitionLoadedDoesNotBringItBack() {
        UUID id = UUID.randomUUID();
        schedule.load(PARTITION, List.of(), Set.of(id), NOW);

        schedule.put(PARTITION, planned(id, INTERVAL_SECONDS), NOW + 1);
        fireUntil(NOW + 3 * INTERVAL);

        assertThat(fired).isEmpty();
    }

    @Test
    void forgettingAPartitionStopsOnlyItsMonitors() {
        UUID kept = UUID.randomUUID();
        UUID forgotten = UUID.randomUUID();
        schedule.load(1, List.of(planned(kept, INTERVAL_SECONDS)), Set.of(), NOW);
        schedule.load(2, List.of(planned(forgotten, INTERVAL_SECONDS)), Set.of(), NOW);

        schedule.forget(2);
        fireUntil(NOW + INTERVAL);

        assertThat(fired).extracting(Fired::monitorId).containsExactly(kept);
        assertThat(schedule.loadedPartitions()).isEqualTo(1);
    }

    @Test
    void reloadingAPartitionReplacesItsMonitors() {
        UUID before = UUID.randomUUID();
        UUID after = UUID.randomUUID();
        schedule.load(PARTITION, List.of(planned(before, INTERVAL_SECONDS)), Set.of(), NOW);

        schedule.load(PARTITION, List.of(planned(after, INTERVAL_SECONDS)), Set.of(), NOW);
        fireUntil(NOW + INTERVAL);

        assertThat(fired).extracting(Fired::monitorId).containsExactly(after);
    }

    @Test
    void newOwnerContinuesOnTheSameGridWithoutRepeatingTheLastInstant() {
        UUID id = UUID.randomUUID();
        schedule.put(PARTITION, planned(id, INTERVAL_SECONDS), NOW);
        long first = grid(id).nextAfter(NOW);
        fireUntil(first);

        var newOwner = new Schedule();
        long handover = first + 250;
        newOwner.load(PARTITION, List.of(planned(id, INTERVAL_SECONDS)), Set.of(), handover);
        newOwner.fireDue(first + 2 * INTERVAL, this::record);

        assertThat(fired).extracting(Fired::at).containsExactly(first, first + INTERVAL);
    }

    @Test
    void monitorsFireInOrderOfTheirFireInstants() {
        IntStream.range(0, 2000).forEach(i -> schedule.put(i % 12, planned(UUID.randomUUID(), 1 + i % 120), NOW));

        schedule.fireDue(NOW + 10 * INTERVAL, this::record);

        assertThat(fired).extracting(Fired::at).isSorted().hasSize(2000);
    }

    @Test
    void monitorChangedManyTimesFiresOnlyOnItsLatestGrid() {
        List<UUID> ids = IntStream.range(0, 100).mapToObj(i -> UUID.randomUUID()).toList();
        int lastInterval = INTERVAL_SECONDS + 49;
        for (int interval = INTERVAL_SECONDS; interval <= lastInterval; interval++) {
            for (UUID id : ids) {
                schedule.put(PARTITION, planned(id, interval), NOW);
            }
        }

        fireUntil(NOW + lastInterval * 1000L);

        assertThat(fired).hasSize(100).allSatisfy(f ->
                assertThat(f.at()).isEqualTo(Grid.of(f.monitorId(), lastInterval * 1000L).nextAfter(NOW)));
    }

    private void fireUntil(long until) {
        schedule.fireDue(until, this::record);
    }

    private void tickEvery10Millis(long from, long to) {
        for (long t = from; t <= to; t += 10) {
            schedule.fireDue(t, this::record);
        }
    }

    private void record(MonitorPlan plan, long at) {
        fired.add(new Fired(plan.monitorId(), at));
    }

    private static Grid grid(UUID id) {
        return Grid.of(id, INTERVAL);
    }

    private record Fired(UUID monitorId, long at) {
    }
}

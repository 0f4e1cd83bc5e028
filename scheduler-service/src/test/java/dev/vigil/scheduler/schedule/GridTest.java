package dev.vigil.scheduler.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GridTest {

    private static final long MINUTE = 60_000;
    private static final UUID MONITOR = UUID.fromString("3f2b8c1e-6a4d-4e0b-9c57-2d8e1f6a7b90");

    @Test
    void phaseOfAMonitorIsTheSameEveryTime() {
        assertThat(Grid.phase(MONITOR, MINUTE)).isEqualTo(Grid.phase(UUID.fromString(MONITOR.toString()), MINUTE));
    }

    @Test
    void phaseLiesWithinTheInterval() {
        IntStream.range(0, 1000).forEach(i -> assertThat(Grid.phase(UUID.randomUUID(), MINUTE)).isBetween(0L, MINUTE - 1));
    }

    @Test
    void phasesOfManyMonitorsSpreadOverTheInterval() {
        int buckets = 10;
        int[] perBucket = new int[buckets];
        IntStream.range(0, 10_000).forEach(i -> perBucket[(int) (Grid.phase(UUID.randomUUID(), MINUTE) * buckets / MINUTE)]++);

        assertThat(IntStream.of(perBucket).boxed().toList()).allSatisfy(count -> assertThat(count).isBetween(800, 1200));
    }

    @Test
    void timeOrderedIdsCreatedTogetherStillGetSpreadPhases() {
        long sameMillisecond = 0x0190_0000_0000L << 16;
        long distinct = IntStream.range(0, 100)
                .mapToLong(i -> Grid.phase(new UUID(sameMillisecond | 0x7000, 0x8000_0000_0000_0000L | i), MINUTE))
                .distinct().count();

        assertThat(distinct).isGreaterThan(95);
    }

    @Test
    void firesExactlyOnMultiplesOfTheIntervalPlusThePhase() {
        Grid grid = Grid.of(MONITOR, MINUTE);
        long instant = grid.nextAfter(1_700_000_000_000L);

        for (int k = 0; k < 5; k++) {
            assertThat(Math.floorMod(instant - grid.phaseMillis(), MINUTE)).isZero();
            long next = grid.nextAfter(instant);
            assertThat(next - instant).isEqualTo(MINUTE);
            instant = next;
        }
    }

    @Test
    void nextInstantIsTheFirstGridPointStrictlyAfterNow() {
        Grid grid = new Grid(MINUTE, 7_000);

        assertThat(grid.nextAfter(6_999)).isEqualTo(7_000);
        assertThat(grid.nextAfter(7_000)).isEqualTo(67_000);
        assertThat(grid.nextAfter(66_999)).isEqualTo(67_000);
    }

    @Test
    void aLongOutageSkipsTheMissedInstantsInsteadOfCatchingUp() {
        Grid grid = new Grid(MINUTE, 7_000);

        assertThat(grid.nextAfter(7_000 + 10 * MINUTE + 1)).isEqualTo(7_000 + 11 * MINUTE);
    }

    @Test
    void rejectsAPhaseOutsideTheInterval() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Grid(MINUTE, MINUTE));
    }
}

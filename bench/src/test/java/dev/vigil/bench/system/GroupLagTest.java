package dev.vigil.bench.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToLongFunction;
import org.junit.jupiter.api.Test;

class GroupLagTest {

    private static final long ARRIVALS_PER_SECOND = 1_000;

    @Test
    void aLagThatKeepsGrowingOverTheRunIsNotBounded() {
        GroupLag lag = GroupLag.judge("analytics", points(second -> 100L * second));

        assertThat(lag.bounded()).isFalse();
        assertThat(lag.slopePerSecond()).isEqualTo(100);
    }

    @Test
    void aSawtoothThatReturnsToTheHeadIsBoundedEvenWithABurstAtTheEnd() {
        GroupLag lag = GroupLag.judge("read-model", points(second -> second % 60 == 50 ? 38_000L : 30));

        assertThat(lag.bounded()).isTrue();
    }

    @Test
    void aLargeLagWhoseTroughsDoNotRiseIsBounded() {
        GroupLag lag = GroupLag.judge("analytics", points(second -> 20_000L + (second % 20 == 0 ? 3_000 : 0)));

        assertThat(lag.bounded()).isTrue();
    }

    @Test
    void aLagOfAFewSecondsOfArrivalsIsBoundedWhateverItsTrend() {
        GroupLag lag = GroupLag.judge("probe", points(second -> 20L * second));

        assertThat(lag.bounded()).isTrue();
    }

    @Test
    void arrivalsAreTheGrowthOfTheGroupsEndOffsets() {
        assertThat(GroupLag.judge("probe", points(second -> 0)).arrivalPerSecond()).isEqualTo(ARRIVALS_PER_SECOND);
    }

    /** A reading every 10 s for 180 s, the end offsets growing at the arrival rate. */
    private static List<GroupLag.Point> points(IntToLongFunction lagAtSecond) {
        List<GroupLag.Point> points = new ArrayList<>();
        for (int second = 0; second <= 180; second += 10) {
            points.add(new GroupLag.Point(second, lagAtSecond.applyAsLong(second), ARRIVALS_PER_SECOND * second));
        }
        return points;
    }
}

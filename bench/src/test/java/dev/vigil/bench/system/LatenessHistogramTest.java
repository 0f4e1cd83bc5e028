package dev.vigil.bench.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LatenessHistogramTest {

    private static final String EARLIER = """
            # TYPE vigil_scheduler_lateness_seconds histogram
            vigil_scheduler_lateness_seconds_bucket{le="0.001"} 100.0
            vigil_scheduler_lateness_seconds_bucket{le="0.01"} 100.0
            vigil_scheduler_lateness_seconds_bucket{le="1.0"} 100.0
            vigil_scheduler_lateness_seconds_bucket{le="+Inf"} 100.0
            vigil_scheduler_lateness_seconds_count 100.0
            """;
    private static final String LATER = """
            vigil_scheduler_lateness_seconds_bucket{le="0.001"} 150.0
            vigil_scheduler_lateness_seconds_bucket{le="0.01"} 198.0
            vigil_scheduler_lateness_seconds_bucket{le="1.0"} 199.0
            vigil_scheduler_lateness_seconds_bucket{le="+Inf"} 200.0
            vigil_scheduler_lateness_seconds_count 200.0
            """;

    @Test
    void theDifferenceOfTwoScrapesHoldsOnlyWhatWasObservedBetweenThem() {
        LatenessHistogram between = LatenessHistogram.parse(LATER).minus(LatenessHistogram.parse(EARLIER));

        assertThat(between.count()).isEqualTo(100);
        assertThat(between.quantile(0.5)).isCloseTo(0.001, within(1e-9));
    }

    @Test
    void quantileInterpolatesWithinTheBucketThatHoldsTheRankAsPrometheusDoes() {
        LatenessHistogram between = LatenessHistogram.parse(LATER).minus(LatenessHistogram.parse(EARLIER));

        // Rank 75 of 100: 25 of the 48 observations between 1 ms and 10 ms.
        assertThat(between.quantile(0.75)).isCloseTo(0.001 + 0.009 * 25 / 48, within(1e-9));
    }

    @Test
    void aRankInTheOpenTopBucketAnswersTheLargestFiniteBound() {
        LatenessHistogram between = LatenessHistogram.parse(LATER).minus(LatenessHistogram.parse(EARLIER));

        assertThat(between.quantile(0.999)).isEqualTo(1.0);
        assertThat(between.shareLaterThan(1.0)).isCloseTo(0.01, within(1e-9));
    }

    @Test
    void nothingObservedHasNoQuantile() {
        assertThat(LatenessHistogram.parse(EARLIER).minus(LatenessHistogram.parse(EARLIER)).quantile(0.99)).isNaN();
    }
}

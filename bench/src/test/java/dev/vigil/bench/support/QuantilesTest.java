package dev.vigil.bench.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuantilesTest {

    @Test
    void quantileIsTheSmallestValueWithAtLeastThatShareAtOrBelowIt() {
        double[] values = new double[100];
        for (int i = 0; i < values.length; i++) {
            values[values.length - 1 - i] = i + 1;
        }

        Quantiles quantiles = Quantiles.of(values);

        assertThat(quantiles.at(0.5)).isEqualTo(50);
        assertThat(quantiles.at(0.99)).isEqualTo(99);
        assertThat(quantiles.at(1)).isEqualTo(100);
        assertThat(quantiles.at(0)).isEqualTo(1);
    }

    @Test
    void medianOfAnOddNumberOfRunsIsTheMiddleRun() {
        assertThat(Quantiles.median(30, 10, 20)).isEqualTo(20);
    }
}

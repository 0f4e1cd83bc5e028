package dev.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromQlMetricsTest {

    @Test
    void aHistogramQuantileReadsItsBucketSeriesOnly() {
        assertThat(PromQlMetrics.in("histogram_quantile(0.99, sum by (namespace, le) "
                + "(rate(vigil_scheduler_lateness_seconds_bucket{service=\"scheduler-service\"}[5m]))) > 1"))
                .containsExactly("vigil_scheduler_lateness_seconds_bucket");
    }

    @Test
    void labelNamesValuesVariablesAndOffsetsAreNotMetrics() {
        assertThat(PromQlMetrics.in("(x_total{region=~\"$region\"} unless x_total offset 15m) "
                + "and on (namespace, service) (up offset 15m)"))
                .containsExactly("up", "x_total");
    }

    @Test
    void aGrafanaLabelValuesQueryReadsItsMetric() {
        assertThat(PromQlMetrics.in("label_values(vigil_probe_in_flight, region)")).containsExactly("vigil_probe_in_flight");
    }

    @Test
    void anArithmeticOfTwoRatesReadsBothCounters() {
        assertThat(PromQlMetrics.in("sum(rate(a_sum[5m])) / clamp_min(sum(rate(a_count[5m])), 1)"))
                .containsExactly("a_count", "a_sum");
    }

    @Test
    void aManyToOneMatchWithoutExtraLabelsReadsOnlyItsTwoSides() {
        assertThat(PromQlMetrics.in("a_total * on (service) group_left b_info"))
                .containsExactly("a_total", "b_info");
    }
}

package dev.vigil.bench.support;

import java.util.Arrays;

/**
 * Exact quantiles of a sample, the reference the sketches and timers are judged against. Uses the lower
 * nearest-rank definition (the smallest value with at least q of the sample at or below it), which is what DDSketch
 * approximates.
 */
public final class Quantiles {

    private final double[] sorted;

    private Quantiles(double[] sorted) {
        this.sorted = sorted;
    }

    public static Quantiles of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double[] copy = values.clone();
        Arrays.sort(copy);
        return new Quantiles(copy);
    }

    public static Quantiles of(long[] values) {
        return of(Arrays.stream(values).asDoubleStream().toArray());
    }

    public double at(double quantile) {
        int rank = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.clamp(rank, 0, sorted.length - 1)];
    }

    /** Median of a small set of repeated measurements. */
    public static double median(double... runs) {
        return of(runs).at(0.5);
    }

    public int count() {
        return sorted.length;
    }

    public double max() {
        return sorted[sorted.length - 1];
    }
}

package dev.vigil.bench.accuracy;

import dev.vigil.analytics.stats.LatencySketch;
import dev.vigil.bench.support.Charts;
import dev.vigil.bench.support.Machine;
import dev.vigil.bench.support.Quantiles;
import dev.vigil.bench.support.Results;
import dev.vigil.contracts.stats.LatencySummary;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/**
 * Issue 9 #6: p50/p95/p99 as analytics publishes them ({@link LatencySketch#summary()}, DDSketch at the service's
 * default 1 % relative accuracy) against the exact nearest-rank values of the same sample, for synthetic and one real
 * recorded distribution, at a small (one minute of a busy monitor) and a large sample size, over several seeds.
 */
public final class SketchAccuracyBenchmark {

    static final String NAME = "sketch-accuracy";
    private static final double RELATIVE_ACCURACY = 0.01;
    private static final double GOAL = 0.01;
    private static final int[] SIZES = {1_000, 100_000};
    private static final int RUNS = 5;
    private static final int RECORDED_MAX = 50_000;
    private static final Duration RECORDING_LIMIT = Duration.ofSeconds(20);
    private static final double[] QUANTILES = {0.5, 0.95, 0.99};
    private static final String[] LABELS = {"p50", "p95", "p99"};
    private static final double PERCENT = 100;

    private SketchAccuracyBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        System.out.printf("load average %s; DDSketch relative accuracy %.2f%n", Machine.loadAverage(),
                RELATIVE_ACCURACY);
        Map<String, LongFunction<double[]>> synthetic = new LinkedHashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int size : SIZES) {
            synthetic.put("uniform", seed -> Distributions.uniform(size, seed));
            synthetic.put("log-normal", seed -> Distributions.logNormal(size, seed));
            synthetic.put("bimodal", seed -> Distributions.bimodal(size, seed));
            synthetic.forEach((name, distribution) -> rows.add(measure(name, size, distribution)));
        }
        double[] recorded = RecordedLatencies.record(RECORDED_MAX, RECORDING_LIMIT);
        System.out.printf("recorded %d loopback HTTP GETs (fresh connection each)%n", recorded.length);
        rows.add(measure("recorded-loopback-http", recorded.length, seed -> recorded));

        double worst = rows.stream().mapToDouble(row -> (double) row.get("maxRelativeError")).max().orElseThrow();
        boolean met = worst <= GOAL;
        System.out.printf("worst relative error %.4f %% -> goal <= 1 %% %s%n", worst * PERCENT, met ? "MET" : "MISSED");
        chart(rows);
        Results.fromSystemProperties().append(NAME, Map.of("relativeAccuracy", RELATIVE_ACCURACY, "runsPerCase",
                RUNS, "rows", rows, "worstRelativeError", worst, "goal", "<= 1 % relative error", "goalMet", met),
                Instant.now());
    }

    private static Map<String, Object> measure(String name, int size, LongFunction<double[]> distribution) {
        double[][] errors = new double[QUANTILES.length][RUNS];
        for (int run = 0; run < RUNS; run++) {
            double[] values = distribution.apply(run + 1L);
            Quantiles exact = Quantiles.of(values);
            LatencySketch sketch = LatencySketch.empty(RELATIVE_ACCURACY);
            for (double value : values) {
                sketch.add(value);
            }
            LatencySummary summary = sketch.summary();
            double[] estimated = {summary.p50Ms(), summary.p95Ms(), summary.p99Ms()};
            for (int q = 0; q < QUANTILES.length; q++) {
                double truth = exact.at(QUANTILES[q]);
                errors[q][run] = Math.abs(estimated[q] - truth) / truth;
            }
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("distribution", name);
        row.put("samples", size);
        double max = 0;
        var line = new StringBuilder("%-24s n=%-7d".formatted(name, size));
        for (int q = 0; q < QUANTILES.length; q++) {
            double median = Quantiles.median(errors[q]);
            double worst = Quantiles.of(errors[q]).max();
            max = Math.max(max, worst);
            row.put(LABELS[q] + "MedianRelativeError", median);
            row.put(LABELS[q] + "MaxRelativeError", worst);
            line.append(" %s median %.3f %% max %.3f %%".formatted(LABELS[q], median * PERCENT, worst * PERCENT));
        }
        row.put("maxRelativeError", max);
        System.out.println(line);
        return row;
    }

    private static void chart(List<Map<String, Object>> rows) {
        CategoryChart chart = new CategoryChartBuilder().width(900).height(450)
                .title("DDSketch (1 %) vs exact: worst relative error over " + RUNS + " seeds")
                .xAxisTitle("distribution, samples").yAxisTitle("relative error %").build();
        List<String> cases = rows.stream().map(row -> row.get("distribution") + " " + row.get("samples")).toList();
        for (String label : LABELS) {
            chart.addSeries(label, cases, rows.stream()
                    .map(row -> (double) row.get(label + "MaxRelativeError") * PERCENT).toList());
        }
        chart.getStyler().setXAxisLabelRotation(20);
        Charts.save(chart, NAME);
    }
}

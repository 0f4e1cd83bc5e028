package dev.vigil.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Percentiles are the nearest rank, the sample at rank ceil(q * n), as latency tools report them: with few samples a
 * single slow probe must show at p95 and p99. Windows hold 1 to 60 samples at the usual probe intervals.
 */
class LatencySketchNearestRankTest {

  private static final double ACCURACY = 0.01;
  private static final Percentage ONE_PERCENT = Percentage.withPercentage(1);

  @ParameterizedTest(name = "{0} samples")
  @ValueSource(ints = {1, 2, 5, 12, 60})
  void p50P95AndP99AreTheNearestRankSamplesWithinOnePercent(int samples) {
    double[] latencies = mostlyFastSometimesSlow(samples, new Random(samples));
    LatencySketch sketch = sketchOf(latencies);

    var summary = sketch.summary();

    assertThat(summary.p50Ms()).as("p50").isCloseTo(nearestRank(latencies, 0.50), ONE_PERCENT);
    assertThat(summary.p95Ms()).as("p95").isCloseTo(nearestRank(latencies, 0.95), ONE_PERCENT);
    assertThat(summary.p99Ms()).as("p99").isCloseTo(nearestRank(latencies, 0.99), ONE_PERCENT);
  }

  @ParameterizedTest(name = "{0} samples")
  @ValueSource(ints = {1, 2, 5, 12, 60})
  void everyQuantileIsTheNearestRankSampleWithinOnePercent(int samples) {
    double[] latencies = mostlyFastSometimesSlow(samples, new Random(100 + samples));
    LatencySketch sketch = sketchOf(latencies);

    for (int percent = 1; percent <= 100; percent++) {
      double q = percent / 100.0;
      assertThat(sketch.quantile(q)).as("p%d", percent).isCloseTo(nearestRank(latencies, q), ONE_PERCENT);
    }
  }

  /** The case: eleven probes in 15-40 ms and one of 209 ms in a 1m window at a 5 s interval. */
  @Test
  void oneSlowProbeOfTwelveIsTheP95AndTheP99() {
    double[] latencies = {15, 22, 38, 17, 40, 26, 209, 31, 19, 35, 24, 28};

    var summary = sketchOf(latencies).summary();

    assertThat(summary.p95Ms()).isCloseTo(209, ONE_PERCENT);
    assertThat(summary.p99Ms()).isCloseTo(209, ONE_PERCENT);
  }

  /** The 5m window: 60 probes, six of them slow; p95 is the 57th sample, a slow one. */
  @Test
  void sixSlowProbesOfSixtyAreTheP95() {
    double[] latencies = new double[60];
    var random = new Random(5);
    for (int i = 0; i < latencies.length; i++) {
      latencies[i] = i % 10 == 9 ? 209 + random.nextDouble() * 129 : 15 + random.nextDouble() * 25;
    }

    var summary = sketchOf(latencies).summary();

    assertThat(summary.p95Ms()).isCloseTo(nearestRank(latencies, 0.95), ONE_PERCENT).isGreaterThan(200);
  }

  private static LatencySketch sketchOf(double[] latencies) {
    LatencySketch sketch = LatencySketch.empty(ACCURACY);
    Arrays.stream(latencies).forEach(sketch::add);
    return sketch;
  }

  /** 90% of probes in 15-40 ms and 10% in 200-400 ms, the mix a new user saw. */
  private static double[] mostlyFastSometimesSlow(int samples, Random random) {
    double[] latencies = new double[samples];
    for (int i = 0; i < samples; i++) {
      latencies[i] = random.nextDouble() < 0.9 ? 15 + random.nextDouble() * 25 : 200 + random.nextDouble() * 200;
    }
    if (samples > 1) {
      latencies[random.nextInt(samples)] = 200 + random.nextDouble() * 200;
    }
    return latencies;
  }

  private static double nearestRank(double[] latencies, double q) {
    double[] sorted = latencies.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(q * sorted.length - 1e-9);
    return sorted[Math.max(1, rank) - 1];
  }
}

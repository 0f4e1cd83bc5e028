package dev.vigil.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.function.DoubleSupplier;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

class LatencySketchAccuracyTest {

  private static final int SAMPLES = 100_000;
  private static final double ACCURACY = 0.01;
  private static final double[] QUANTILES = {0.5, 0.95, 0.99};

  @Test
  void quantilesOfUniformLatenciesAreWithinOnePercent() {
    var random = new Random(1);
    assertAccurate(() -> 5 + random.nextDouble() * 995);
  }

  @Test
  void quantilesOfLogNormalLatenciesAreWithinOnePercent() {
    var random = new Random(2);
    assertAccurate(() -> Math.exp(Math.log(120) + 0.8 * random.nextGaussian()));
  }

  @Test
  void quantilesOfBimodalLatenciesAreWithinOnePercent() {
    var random = new Random(3);
    assertAccurate(() -> random.nextDouble() < 0.9
        ? Math.max(1, 40 + 5 * random.nextGaussian())
        : Math.max(1, 2500 + 300 * random.nextGaussian()));
  }

  @Test
  void aSketchReadBackFromItsStoredFormKeepsItsQuantilesAndMaximum() {
    var random = new Random(4);
    var aggregate = WindowAggregate.empty(ACCURACY);
    var region = RegionAggregate.empty();
    aggregate.regions().put("eu", region);
    for (int i = 0; i < 1000; i++) {
      region.sketches().computeIfAbsent(Phase.TOTAL, p -> LatencySketch.empty(ACCURACY))
          .add(1 + random.nextDouble() * 500);
    }
    var serde = new WindowAggregateSerde();
    var copy = serde.deserializer().deserialize("t", serde.serializer().serialize("t", aggregate));

    assertThat(copy.regions().get("eu").total().summary()).isEqualTo(region.total().summary());
  }

  private static void assertAccurate(DoubleSupplier latencies) {
    double[] exact = new double[SAMPLES];
    LatencySketch sketch = LatencySketch.empty(ACCURACY);
    for (int i = 0; i < SAMPLES; i++) {
      exact[i] = latencies.getAsDouble();
      sketch.add(exact[i]);
    }
    Arrays.sort(exact);
    for (double q : QUANTILES) {
      double expected = exact[(int) Math.floor(q * (SAMPLES - 1))];
      assertThat(sketch.quantile(q)).as("p%s", q * 100).isCloseTo(expected, Percentage.withPercentage(1));
    }
  }
}

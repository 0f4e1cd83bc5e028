package dev.vigil.analytics.stats;

import com.datadoghq.sketch.ddsketch.DDSketch;
import com.datadoghq.sketch.ddsketch.DDSketches;
import com.datadoghq.sketch.ddsketch.encoding.ByteArrayInput;
import com.datadoghq.sketch.ddsketch.encoding.GrowingByteArrayOutput;
import com.datadoghq.sketch.ddsketch.store.UnboundedSizeDenseStore;
import dev.vigil.contracts.stats.LatencySummary;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.io.UncheckedIOException;

/**
 * A DDSketch of latencies in milliseconds: every quantile within the configured relative error, mergeable across
 * regions and windows, and small enough (a few hundred bytes) to live in a window store per monitor and phase.
 */
public final class LatencySketch {

  private static final double MEDIAN = 0.5;
  private static final double P95 = 0.95;
  private static final double P99 = 0.99;
  private static final double HALF_A_RANK = 0.5;

  private final DDSketch sketch;

  private LatencySketch(DDSketch sketch) {
    this.sketch = sketch;
  }

  public static LatencySketch empty(double relativeAccuracy) {
    return new LatencySketch(DDSketches.unboundedDense(relativeAccuracy));
  }

  static LatencySketch read(byte[] encoded) {
    try {
      return new LatencySketch(DDSketch.decode(ByteArrayInput.wrap(encoded), UnboundedSizeDenseStore::new));
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable latency sketch", e);
    }
  }

  byte[] bytes() {
    var output = GrowingByteArrayOutput.withDefaultInitialCapacity();
    try {
      sketch.encode(output, false);
    } catch (IOException e) {
      throw new UncheckedIOException("unwritable latency sketch", e);
    }
    return output.trimmedCopy();
  }

  public void add(double millis) {
    sketch.accept(millis);
  }

  void merge(LatencySketch other) {
    sketch.mergeWith(other.sketch);
  }

  LatencySketch copy() {
    return new LatencySketch(sketch.copy());
  }

  public boolean isEmpty() {
    return sketch.isEmpty();
  }

  /**
   * The nearest-rank percentile: the sample at rank ceil(q * n), within the sketch's relative error. DDSketch's own
   * quantile takes the lower rank q * (n - 1), which with a dozen samples hides the one slow probe at p95 and p99; it
   * returns the first bin whose cumulative count exceeds its rank, so asking it for rank k - 1/2 yields sample k.
   */
  public double quantile(double q) {
    long n = (long) sketch.getCount();
    if (n <= 1) {
      return sketch.getValueAtQuantile(q);
    }
    long rank = Math.max(1, BigDecimal.valueOf(q).multiply(BigDecimal.valueOf(n))
        .setScale(0, RoundingMode.CEILING).longValueExact());
    return sketch.getValueAtQuantile(Math.min(1, (rank - HALF_A_RANK) / (n - 1)));
  }

  /** Sketch quantiles may overshoot the exact maximum by up to the relative error; they are capped at it. */
  public LatencySummary summary() {
    double max = sketch.getMaxValue();
    double p50 = Math.min(quantile(MEDIAN), max);
    double p95 = Math.max(p50, Math.min(quantile(P95), max));
    double p99 = Math.max(p95, Math.min(quantile(P99), max));
    return new LatencySummary(sketch.getSum() / sketch.getCount(), p50, p95, p99, max);
  }
}

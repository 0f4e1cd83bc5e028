package dev.vigil.analytics.stats;

import com.datadoghq.sketch.ddsketch.DDSketch;
import com.datadoghq.sketch.ddsketch.DDSketches;
import com.datadoghq.sketch.ddsketch.encoding.ByteArrayInput;
import com.datadoghq.sketch.ddsketch.encoding.GrowingByteArrayOutput;
import com.datadoghq.sketch.ddsketch.store.UnboundedSizeDenseStore;
import dev.vigil.contracts.stats.LatencySummary;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A DDSketch of latencies in milliseconds: every quantile within the configured relative error, mergeable across
 * regions and windows, and small enough (a few hundred bytes) to live in a window store per monitor and phase.
 */
public final class LatencySketch {

  private static final double MEDIAN = 0.5;
  private static final double P95 = 0.95;
  private static final double P99 = 0.99;

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

  public double quantile(double q) {
    return sketch.getValueAtQuantile(q);
  }

  /** Sketch quantiles may overshoot the exact maximum by up to the relative error; they are capped at it. */
  public LatencySummary summary() {
    double max = sketch.getMaxValue();
    double p50 = Math.min(sketch.getValueAtQuantile(MEDIAN), max);
    double p95 = Math.max(p50, Math.min(sketch.getValueAtQuantile(P95), max));
    double p99 = Math.max(p95, Math.min(sketch.getValueAtQuantile(P99), max));
    return new LatencySummary(sketch.getSum() / sketch.getCount(), p50, p95, p99, max);
  }
}

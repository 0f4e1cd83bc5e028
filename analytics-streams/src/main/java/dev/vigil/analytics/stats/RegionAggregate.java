package dev.vigil.analytics.stats;

import dev.vigil.contracts.probe.ProbeResult;
import dev.vigil.contracts.stats.LatencyBreakdown;
import dev.vigil.contracts.stats.LatencySummary;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Counts and per-phase sketches of one region's probes in one window; latency covers successful probes only. */
public final class RegionAggregate {

  private long count;
  private long failures;
  private final Map<Phase, LatencySketch> sketches;

  RegionAggregate(long count, long failures, Map<Phase, LatencySketch> sketches) {
    this.count = count;
    this.failures = failures;
    this.sketches = new EnumMap<>(Phase.class);
    this.sketches.putAll(sketches);
  }

  static RegionAggregate empty() {
    return new RegionAggregate(0, 0, Map.of());
  }

  void add(ProbeResult result, double relativeAccuracy) {
    count++;
    if (!result.up()) {
      failures++;
      return;
    }
    for (Phase phase : Phase.values()) {
      Double millis = phase.of(result.timings());
      if (millis != null) {
        sketches.computeIfAbsent(phase, p -> LatencySketch.empty(relativeAccuracy)).add(millis);
      }
    }
  }

  void merge(RegionAggregate other) {
    count += other.count;
    failures += other.failures;
    other.sketches.forEach((phase, sketch) -> sketches.merge(phase, sketch.copy(), (mine, theirs) -> {
      mine.merge(theirs);
      return mine;
    }));
  }

  public long count() {
    return count;
  }

  public long failures() {
    return failures;
  }

  Map<Phase, LatencySketch> sketches() {
    return sketches;
  }

  public @Nullable LatencySketch total() {
    return sketches.get(Phase.TOTAL);
  }

  public @Nullable LatencyBreakdown breakdown() {
    LatencySketch total = total();
    if (total == null || total.isEmpty()) {
      return null;
    }
    return new LatencyBreakdown(total.summary(), summary(Phase.DNS), summary(Phase.CONNECT), summary(Phase.TLS),
        summary(Phase.TTFB));
  }

  private @Nullable LatencySummary summary(Phase phase) {
    LatencySketch sketch = sketches.get(phase);
    return sketch == null || sketch.isEmpty() ? null : sketch.summary();
  }
}

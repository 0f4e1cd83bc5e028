package dev.vigil.contracts.stats;

import dev.vigil.contracts.Require;
import org.jspecify.annotations.Nullable;

/** Latency of the whole probe and of each phase, so a slow service can be told apart from slow DNS or TLS. */
public record LatencyBreakdown(
    LatencySummary total,
    @Nullable LatencySummary dns,
    @Nullable LatencySummary connect,
    @Nullable LatencySummary tls,
    @Nullable LatencySummary ttfb) {

  public LatencyBreakdown {
    Require.present(total, "total");
  }
}

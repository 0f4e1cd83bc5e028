package dev.vigil.contracts.status;

import dev.vigil.contracts.Require;
import dev.vigil.contracts.stats.LatencySummary;

/** Total latency over the most recent window of the given size, one entry per window size the dashboard shows. */
public record WindowedLatency(int windowSeconds, LatencySummary latency) {

  public WindowedLatency {
    Require.atLeast(windowSeconds, 1, "windowSeconds");
    Require.present(latency, "latency");
  }
}

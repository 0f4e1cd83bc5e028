package dev.vigil.contracts.stats;

import dev.vigil.contracts.Require;

/** The usual latency figures of a set of probes, in milliseconds with sub-millisecond precision. */
public record LatencySummary(double avgMs, double p50Ms, double p95Ms, double p99Ms, double maxMs) {

  public LatencySummary {
    Require.notNegative(avgMs, "avgMs");
    Require.notNegative(p50Ms, "p50Ms");
    Require.atLeast(p95Ms, p50Ms, "p95Ms");
    Require.atLeast(p99Ms, p95Ms, "p99Ms");
    Require.atLeast(maxMs, p99Ms, "maxMs");
  }
}

package dev.vigil.analytics.incident;

import dev.vigil.contracts.probe.ProbeErrorKind;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The monitor-level outcome of one probing round across its regions: failing only when at least the quorum of
 * regions failed; a failure in fewer regions is a region problem, not an outage.
 */
record Verdict(Instant at, boolean failing, List<String> failingRegions, @Nullable ProbeErrorKind errorKind,
    @Nullable String error) {

  boolean regionProblem() {
    return !failing && !failingRegions.isEmpty();
  }
}

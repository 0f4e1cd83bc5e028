package dev.vigil.contracts.stats;

import dev.vigil.contracts.Require;
import java.time.Duration;
import java.time.Instant;

/** The time window a set of statistics covers, from {@code start} (inclusive) to {@code end} (exclusive). */
public record StatsWindow(Instant start, Instant end, int sizeSeconds) {

  public StatsWindow {
    Require.present(start, "start");
    Require.present(end, "end");
    Require.atLeast(sizeSeconds, 1, "sizeSeconds");
    Require.that(Duration.between(start, end).toSeconds() == sizeSeconds,
        "'sizeSeconds' must equal the time between 'start' and 'end'");
  }
}

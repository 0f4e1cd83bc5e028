package dev.vigil.contracts.status;

import dev.vigil.contracts.Require;
import dev.vigil.contracts.probe.ProbeErrorKind;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The gist of the latest probe result, enough for a status page without reading the results topic. */
public record ResultSummary(
    Instant at,
    String region,
    boolean up,
    @Nullable Integer statusCode,
    @Nullable ProbeErrorKind errorKind,
    double totalMs) {

  public ResultSummary {
    Require.present(at, "at");
    Require.text(region, "region");
    Require.notNegative(totalMs, "totalMs");
  }
}

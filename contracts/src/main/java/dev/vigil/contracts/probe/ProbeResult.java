package dev.vigil.contracts.probe;

import dev.vigil.contracts.Require;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one probe in one region, the raw fact every statistic, alert and status is derived from; a result
 * that is down always says why in {@code errorKind}, one that is up never has one.
 */
public record ProbeResult(
    UUID monitorId,
    String tenant,
    long monitorVersion,
    String region,
    String prober,
    Instant scheduledAt,
    Instant startedAt,
    boolean up,
    @Nullable Integer statusCode,
    @Nullable ProbeErrorKind errorKind,
    ProbeTimings timings,
    @Nullable CertificateInfo certificate,
    List<FailedAssertion> failedAssertions,
    @Nullable String message) {

  public ProbeResult {
    Require.present(monitorId, "monitorId");
    Require.text(tenant, "tenant");
    Require.atLeast(monitorVersion, 0, "monitorVersion");
    Require.text(region, "region");
    Require.text(prober, "prober");
    Require.present(scheduledAt, "scheduledAt");
    Require.present(startedAt, "startedAt");
    if (!up) {
      Require.present(errorKind, "errorKind");
    }
    Require.that(!up || errorKind == null, "'errorKind' must be absent when the probe is up");
    Require.present(timings, "timings");
    failedAssertions = Require.listOrEmpty(failedAssertions);
  }
}

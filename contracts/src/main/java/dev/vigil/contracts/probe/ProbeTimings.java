package dev.vigil.contracts.probe;

import dev.vigil.contracts.Require;
import org.jspecify.annotations.Nullable;

/**
 * How long each phase of a probe took, in milliseconds with sub-millisecond precision; a phase the check does not
 * have (tls on plain http, everything but dns on a dns check) or never reached is absent, {@code totalMs} never is.
 */
public record ProbeTimings(
    @Nullable Double dnsMs,
    @Nullable Double connectMs,
    @Nullable Double tlsMs,
    @Nullable Double ttfbMs,
    double totalMs) {

  public ProbeTimings {
    Require.notNegativeIfPresent(dnsMs, "dnsMs");
    Require.notNegativeIfPresent(connectMs, "connectMs");
    Require.notNegativeIfPresent(tlsMs, "tlsMs");
    Require.notNegativeIfPresent(ttfbMs, "ttfbMs");
    Require.notNegative(totalMs, "totalMs");
  }
}

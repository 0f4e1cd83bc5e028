package dev.vigil.analytics.stats;

import dev.vigil.contracts.probe.ProbeTimings;
import org.jspecify.annotations.Nullable;

/** The parts of a probe whose latency is summarised separately, so slow DNS or TLS can be told from a slow service. */
enum Phase {
  TOTAL, DNS, CONNECT, TLS, TTFB;

  @Nullable Double of(ProbeTimings timings) {
    return switch (this) {
      case TOTAL -> timings.totalMs();
      case DNS -> timings.dnsMs();
      case CONNECT -> timings.connectMs();
      case TLS -> timings.tlsMs();
      case TTFB -> timings.ttfbMs();
    };
  }
}

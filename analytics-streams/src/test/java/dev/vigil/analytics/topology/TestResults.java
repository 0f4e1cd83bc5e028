package dev.vigil.analytics.topology;

import dev.vigil.contracts.probe.CertificateInfo;
import dev.vigil.contracts.probe.ProbeErrorKind;
import dev.vigil.contracts.probe.ProbeResult;
import dev.vigil.contracts.probe.ProbeTimings;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Probe results for tests: scheduled and started at the same instant, 100 ms when up unless told otherwise. */
final class TestResults {

  static final String REGION = "eu-west";

  private TestResults() {
  }

  static ProbeResult up(UUID monitor, Instant at) {
    return result(monitor, at, REGION, true, 100, null);
  }

  static ProbeResult down(UUID monitor, Instant at) {
    return result(monitor, at, REGION, false, 5000, null);
  }

  static ProbeResult upTaking(UUID monitor, Instant at, double totalMs) {
    return result(monitor, at, REGION, true, totalMs, null);
  }

  static ProbeResult in(String region, UUID monitor, Instant at, boolean up) {
    return result(monitor, at, region, up, up ? 100 : 5000, null);
  }

  static ProbeResult withCertificate(UUID monitor, Instant at, Instant notAfter) {
    return result(monitor, at, REGION, true, 100, new CertificateInfo(notAfter, "Test CA", "CN=example.com"));
  }

  static ProbeResult result(UUID monitor, Instant at, String region, boolean up, double totalMs,
      @Nullable CertificateInfo certificate) {
    var timings = new ProbeTimings(totalMs * 0.1, totalMs * 0.2, totalMs * 0.3, totalMs * 0.9, totalMs);
    return new ProbeResult(monitor, "acme", 1, region, "prober-1", at, at, up, up ? 200 : null,
        up ? null : ProbeErrorKind.CONNECT_TIMEOUT, timings, certificate, List.of(), up ? null : "timed out");
  }
}

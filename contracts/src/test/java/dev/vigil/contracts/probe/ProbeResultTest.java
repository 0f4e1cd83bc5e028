package dev.vigil.contracts.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.contracts.MissingFieldException;
import dev.vigil.contracts.Samples;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ProbeResultTest {

  private static final ProbeTimings TIMINGS = new ProbeTimings(null, null, null, null, 10.0);

  @Test
  void failedProbeMustSayWhy() {
    assertThatThrownBy(() -> result(false, null))
        .isInstanceOf(MissingFieldException.class)
        .hasMessage("missing required field 'errorKind'");
  }

  @Test
  void successfulProbeCarriesNoErrorKind() {
    assertThatThrownBy(() -> result(true, ProbeErrorKind.TIMEOUT))
        .hasMessage("'errorKind' must be absent when the probe is up");
  }

  @Test
  void certificateDaysRemainingRoundDown() {
    CertificateInfo certificate = new CertificateInfo(Instant.parse("2026-04-01T00:00:00Z"), "CN=CA", "CN=host");

    assertThat(certificate.daysRemaining(Instant.parse("2026-03-30T00:00:01Z"))).isEqualTo(1);
    assertThat(certificate.daysRemaining(Instant.parse("2026-04-01T00:00:01Z"))).isEqualTo(-1);
  }

  private static ProbeResult result(boolean up, @Nullable ProbeErrorKind errorKind) {
    return new ProbeResult(Samples.MONITOR_ID, Samples.TENANT, 1, "eu-west", "probe-1", Samples.NOW, Samples.NOW, up,
        null, errorKind, TIMINGS, null, List.of(), null);
  }
}

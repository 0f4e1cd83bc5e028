package dev.vigil.contracts.probe;

import dev.vigil.contracts.Require;
import java.time.Duration;
import java.time.Instant;

/** The leaf certificate a probe saw, so analytics can warn before it expires. */
public record CertificateInfo(Instant notAfter, String issuer, String subject) {

  public CertificateInfo {
    Require.present(notAfter, "notAfter");
    Require.text(issuer, "issuer");
    Require.text(subject, "subject");
  }

  /** Whole days left, rounded down, and negative once expired; the one rule every service counts days by. */
  public long daysRemaining(Instant now) {
    return Math.floorDiv(Duration.between(now, notAfter).toSeconds(), Duration.ofDays(1).toSeconds());
  }
}

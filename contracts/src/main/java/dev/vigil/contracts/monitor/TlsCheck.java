package dev.vigil.contracts.monitor;

/** How strictly a probe verifies the certificate of a tls check or an https target. */
public record TlsCheck(boolean verifyHostname, boolean verifyChain) {

  /** What applies when a check carries no TLS settings: a certificate is only good if it is valid for the host. */
  public static final TlsCheck STRICT = new TlsCheck(true, true);
}

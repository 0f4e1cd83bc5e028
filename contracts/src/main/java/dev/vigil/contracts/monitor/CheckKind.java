package dev.vigil.contracts.monitor;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/** What a probe does to decide whether a monitor is up; the kind decides which parts of a {@link CheckSpec} apply. */
public enum CheckKind {
  @JsonProperty("http") HTTP,
  @JsonProperty("keyword") KEYWORD,
  @JsonProperty("tcp") TCP,
  @JsonProperty("dns") DNS,
  @JsonProperty("tls") TLS;

  /** Keyword checks are HTTP checks that also read the body, so both take the HTTP settings. */
  public boolean sendsHttpRequest() {
    return this == HTTP || this == KEYWORD;
  }

  /** HTTP targets may be https URLs, so their certificate settings apply as well. */
  public boolean handshakesTls() {
    return sendsHttpRequest() || this == TLS;
  }

  String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}

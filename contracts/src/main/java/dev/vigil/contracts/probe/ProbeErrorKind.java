package dev.vigil.contracts.probe;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Why a probe counted as down, coarse enough to group and alert on across every kind of check. */
public enum ProbeErrorKind {
  @JsonProperty("dns_failure") DNS_FAILURE,
  @JsonProperty("dns_mismatch") DNS_MISMATCH,
  @JsonProperty("connect_refused") CONNECT_REFUSED,
  @JsonProperty("connect_timeout") CONNECT_TIMEOUT,
  @JsonProperty("network_error") NETWORK_ERROR,
  @JsonProperty("tls_error") TLS_ERROR,
  @JsonProperty("timeout") TIMEOUT,
  @JsonProperty("unexpected_status") UNEXPECTED_STATUS,
  @JsonProperty("keyword_mismatch") KEYWORD_MISMATCH,
  @JsonProperty("assertion_failed") ASSERTION_FAILED,
  @JsonProperty("body_too_large") BODY_TOO_LARGE,
  @JsonProperty("blocked_target") BLOCKED_TARGET,
  @JsonProperty("internal") INTERNAL
}

package dev.vigil.contracts.monitor;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The DNS record types a dns check may query. */
public enum DnsRecordType {
  @JsonProperty("a") A,
  @JsonProperty("aaaa") AAAA,
  @JsonProperty("cname") CNAME,
  @JsonProperty("mx") MX,
  @JsonProperty("txt") TXT
}

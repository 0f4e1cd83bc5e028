package dev.vigil.contracts.alert;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Why an alert was raised; channels filter on it and analytics applies its cooldown per type. */
public enum AlertType {
  @JsonProperty("failure_streak") FAILURE_STREAK,
  @JsonProperty("recovery") RECOVERY,
  @JsonProperty("still_down") STILL_DOWN,
  @JsonProperty("sla_breach") SLA_BREACH,
  @JsonProperty("sla_restored") SLA_RESTORED,
  @JsonProperty("budget_burn") BUDGET_BURN,
  @JsonProperty("latency_breach") LATENCY_BREACH,
  @JsonProperty("latency_restored") LATENCY_RESTORED,
  @JsonProperty("tls_expiry") TLS_EXPIRY,
  @JsonProperty("probe_missing") PROBE_MISSING,
  @JsonProperty("test") TEST
}

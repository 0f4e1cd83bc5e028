package dev.vigil.contracts.status;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A monitor's current health: degraded means it answers but breaches a latency threshold or fails in fewer regions
 * than the quorum; paused means it is disabled; unknown means no result has arrived yet.
 */
public enum MonitorState {
  @JsonProperty("up") UP,
  @JsonProperty("down") DOWN,
  @JsonProperty("degraded") DEGRADED,
  @JsonProperty("paused") PAUSED,
  @JsonProperty("unknown") UNKNOWN
}

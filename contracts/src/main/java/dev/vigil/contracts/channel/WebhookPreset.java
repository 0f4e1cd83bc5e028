package dev.vigil.contracts.channel;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The body format a webhook posts: Vigil's own JSON, or a message the chat tool renders without glue code. */
public enum WebhookPreset {
  @JsonProperty("generic") GENERIC,
  @JsonProperty("slack") SLACK,
  @JsonProperty("teams") TEAMS
}

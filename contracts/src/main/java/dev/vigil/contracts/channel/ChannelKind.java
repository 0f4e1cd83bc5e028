package dev.vigil.contracts.channel;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a channel delivers alerts. */
public enum ChannelKind {
  @JsonProperty("email") EMAIL,
  @JsonProperty("webhook") WEBHOOK
}

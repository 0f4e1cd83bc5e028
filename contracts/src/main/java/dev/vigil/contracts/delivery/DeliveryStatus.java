package dev.vigil.contracts.delivery;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where the delivery of one alert to one channel stands; disabled means the channel was off and nothing was sent. */
public enum DeliveryStatus {
  @JsonProperty("delivered") DELIVERED,
  @JsonProperty("retrying") RETRYING,
  @JsonProperty("failed") FAILED,
  @JsonProperty("disabled") DISABLED
}

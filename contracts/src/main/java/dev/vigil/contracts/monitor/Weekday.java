package dev.vigil.contracts.monitor;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.DayOfWeek;

/** A day of a weekly maintenance window, named in lowercase on the wire like every other contract value. */
public enum Weekday {
  @JsonProperty("monday") MONDAY,
  @JsonProperty("tuesday") TUESDAY,
  @JsonProperty("wednesday") WEDNESDAY,
  @JsonProperty("thursday") THURSDAY,
  @JsonProperty("friday") FRIDAY,
  @JsonProperty("saturday") SATURDAY,
  @JsonProperty("sunday") SUNDAY;

  public DayOfWeek dayOfWeek() {
    return DayOfWeek.valueOf(name());
  }
}

package dev.vigil.contracts.monitor;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a keyword check passes when the keyword is present or when it is absent. */
public enum KeywordMode {
  @JsonProperty("must_contain") MUST_CONTAIN,
  @JsonProperty("must_not_contain") MUST_NOT_CONTAIN
}

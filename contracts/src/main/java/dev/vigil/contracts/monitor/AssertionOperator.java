package dev.vigil.contracts.monitor;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a JSON assertion compares the value found at its path with the expected value. */
public enum AssertionOperator {
  @JsonProperty("equals") EQUALS,
  @JsonProperty("not_equals") NOT_EQUALS,
  @JsonProperty("contains") CONTAINS,
  @JsonProperty("less_than") LESS_THAN,
  @JsonProperty("greater_than") GREATER_THAN,
  @JsonProperty("exists") EXISTS;

  boolean comparesNumbers() {
    return this == LESS_THAN || this == GREATER_THAN;
  }
}

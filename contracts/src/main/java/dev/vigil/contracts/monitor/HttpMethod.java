package dev.vigil.contracts.monitor;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The request methods an HTTP check may use. */
public enum HttpMethod {
  @JsonProperty("get") GET,
  @JsonProperty("head") HEAD,
  @JsonProperty("post") POST,
  @JsonProperty("put") PUT,
  @JsonProperty("patch") PATCH,
  @JsonProperty("delete") DELETE,
  @JsonProperty("options") OPTIONS
}

package dev.vigil.contracts.topic;

import java.util.Locale;

/** Why a record went to a dead-letter topic, as the {@link DeadLetterHeaders#REASON} header states it. */
public enum DeadLetterReason {
  /** The bytes could not be read as the topic's value type. */
  DESERIALIZATION,
  /** The record was read but handling it failed in a way retrying cannot fix. */
  PROCESSING,
  /** Handling kept failing with errors that might have been temporary until the retry budget ran out. */
  RETRIES_EXHAUSTED;

  public String headerValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}

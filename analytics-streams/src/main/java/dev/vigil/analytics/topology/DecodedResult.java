package dev.vigil.analytics.topology;

import dev.vigil.contracts.probe.ProbeResult;

/**
 * A probe-results value as read from the topic: a valid result, or the raw bytes and the reason they could not be
 * read, so that a bad record flows to the dead-letter sink inside the same transaction instead of failing the thread.
 */
sealed interface DecodedResult {

  record Valid(ProbeResult result) implements DecodedResult {
  }

  record Invalid(byte[] raw, RuntimeException failure) implements DecodedResult {
  }
}

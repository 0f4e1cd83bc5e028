package dev.vigil.contracts.topic;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The headers every service puts on a dead-letter record, so one tool can read the dead letters of any service;
 * all values are UTF-8 text, numbers in decimal.
 */
public final class DeadLetterHeaders {

  public static final String REASON = "vigil.dlt.reason";
  public static final String EXCEPTION_CLASS = "vigil.dlt.exception-class";
  public static final String EXCEPTION_MESSAGE = "vigil.dlt.exception-message";
  public static final String ORIGINAL_TOPIC = "vigil.dlt.original-topic";
  public static final String ORIGINAL_PARTITION = "vigil.dlt.original-partition";
  public static final String ORIGINAL_OFFSET = "vigil.dlt.original-offset";

  private DeadLetterHeaders() {
  }

  /** The message header is left out when the failure has no message. */
  public static Headers describe(DeadLetterReason reason, Throwable failure, String topic, int partition, long offset) {
    Headers headers = new RecordHeaders();
    add(headers, REASON, reason.headerValue());
    add(headers, EXCEPTION_CLASS, failure.getClass().getName());
    String message = failure.getMessage();
    if (message != null) {
      add(headers, EXCEPTION_MESSAGE, message);
    }
    add(headers, ORIGINAL_TOPIC, topic);
    add(headers, ORIGINAL_PARTITION, Integer.toString(partition));
    add(headers, ORIGINAL_OFFSET, Long.toString(offset));
    return headers;
  }

  private static void add(Headers headers, String key, String value) {
    headers.add(key, value.getBytes(StandardCharsets.UTF_8));
  }
}

package dev.vigil.contracts.topic;

import dev.vigil.contracts.Require;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.jspecify.annotations.Nullable;

/**
 * A topic with everything its producers, consumers and creator must agree on, so no service spells a topic name,
 * partition count or serde itself; {@code retention} is set exactly for delete topics. The serdes are stateless and
 * safe to share between clients.
 */
public record Topic<K, V>(
    String name,
    int partitions,
    CleanupPolicy cleanup,
    @Nullable Duration retention,
    Serde<K> keySerde,
    Serde<V> valueSerde) {

  private static final String DEAD_LETTER_SUFFIX = ".dlt";

  /** Long enough that a poisoned record found at a monthly review can still be inspected and replayed. */
  private static final Duration DEAD_LETTER_RETENTION = Duration.ofDays(30);

  private static final Serde<byte[]> RAW = Serdes.ByteArray();

  public Topic {
    Require.text(name, "name");
    Require.atLeast(partitions, 1, "partitions");
    Require.present(cleanup, "cleanup");
    Require.that((cleanup == CleanupPolicy.DELETE) == (retention != null),
        "topic " + name + ": a delete topic needs a retention, a compacted one must not have one");
    Require.present(keySerde, "keySerde");
    Require.present(valueSerde, "valueSerde");
  }

  /** The topic settings to create it with, as Kafka names them. */
  public Map<String, String> configs() {
    if (retention == null) {
      return Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, cleanup.kafkaName());
    }
    return Map.of(
        TopicConfig.CLEANUP_POLICY_CONFIG, cleanup.kafkaName(),
        TopicConfig.RETENTION_MS_CONFIG, Long.toString(retention.toMillis()));
  }

  /**
   * Where records go that could not be read or processed: raw bytes, because a record that failed to deserialise
   * must still fit, and as many partitions as this topic, because dead-letter publishers keep the original partition.
   */
  public Topic<byte[], byte[]> deadLetter() {
    return new Topic<>(name + DEAD_LETTER_SUFFIX, partitions, CleanupPolicy.DELETE, DEAD_LETTER_RETENTION, RAW, RAW);
  }
}

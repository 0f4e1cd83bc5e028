package dev.vigil.contracts.topic;

import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Dead-letter topics for entries of a service's own state (a state store, an outbox table) rather than for records of
 * a public topic: an entry that cannot be read, judged or routed is set aside here, its stored bytes as value and the reason in
 * {@link DeadLetterHeaders}, so the other entries keep being judged. Kept apart from {@link Topics}, whose catalog
 * lists the public topics with their schemas.
 */
public final class StateDeadLetters {

  /** As long as the other dead letters: a set-aside entry found at a monthly review can still be inspected. */
  public static final Duration RETENTION = Duration.ofDays(30);

  /**
   * Analytics' per-monitor health entries (streaks, incident, SLA buckets) set aside by the silence and status
   * punctuators or on a result; keyed by monitor id, co-partitioned so an entry keeps its partition.
   */
  public static final Topic<UUID, byte[]> MONITOR_HEALTH = new Topic<>("vigil.analytics.monitor-health.v1.dlt",
      Topics.CO_PARTITIONED_PARTITIONS, CleanupPolicy.DELETE, RETENTION, Serdes.UUID(), Serdes.ByteArray());

  /**
   * Outbox rows the registry cannot route to any topic (an aggregate type it does not know), set aside raw so the rows
   * after them still flow. Rare and read by people, so one partition.
   */
  public static final Topic<byte[], byte[]> OUTBOX = new Topic<>("vigil.registry-outbox.v1.dlt", 1,
      CleanupPolicy.DELETE, RETENTION, Serdes.ByteArray(), Serdes.ByteArray());

  private StateDeadLetters() {
  }
}

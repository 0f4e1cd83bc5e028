package dev.vigil.analytics.incident;

import dev.vigil.analytics.AnalyticsMetrics;
import dev.vigil.contracts.topic.DeadLetterHeaders;
import dev.vigil.contracts.topic.DeadLetterReason;
import java.util.UUID;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The health store read entry by entry: it holds bytes and decodes each entry on its own, so one entry that cannot be
 * read (or judged) is set aside, its bytes dead-lettered with the reason, and its monitor starts afresh at its next
 * result, while every other monitor keeps being judged.
 */
final class HealthEntries {

  private static final Logger log = LoggerFactory.getLogger(HealthEntries.class);
  private static final long NO_OFFSET = -1;

  private final KeyValueStore<UUID, byte[]> store;
  private final AnalyticsMetrics metrics;
  private final String changelog;
  private final int partition;
  private final Publisher forward;
  /** Publishes a set-aside entry under its monitor id with a record timestamp. */
  interface Publisher {
    void publish(UUID id, Emission.SetAside setAside, long timestamp);
  }

  private final Serializer<HealthState> writer = new HealthStateSerde().serializer();
  private final Deserializer<HealthState> reader = new HealthStateSerde().deserializer();

  HealthEntries(KeyValueStore<UUID, byte[]> store, AnalyticsMetrics metrics, String changelog, int partition,
      Publisher forward) {
    this.store = store;
    this.metrics = metrics;
    this.changelog = changelog;
    this.partition = partition;
    this.forward = forward;
  }

  /** The monitor's state, or none if it has none or its entry could not be read and was set aside. */
  @Nullable HealthState get(UUID id, long timestamp) {
    byte[] bytes = store.get(id);
    return bytes == null ? null : decode(id, bytes, timestamp);
  }

  @Nullable HealthState decode(UUID id, byte[] bytes, long timestamp) {
    try {
      return reader.deserialize(changelog, bytes);
    } catch (RuntimeException unreadable) {
      setAside(id, bytes, DeadLetterReason.DESERIALIZATION, unreadable, timestamp);
      return null;
    }
  }

  void put(UUID id, HealthState state) {
    store.put(id, writer.serialize(changelog, state));
  }

  boolean delete(UUID id) {
    return store.delete(id) != null;
  }

  KeyValueIterator<UUID, byte[]> all() {
    return store.all();
  }

  /** Sets aside an entry whose judgement failed; a monitor without an entry has nothing to set aside. */
  void setAside(UUID id, RuntimeException failure, long timestamp) {
    byte[] bytes = store.get(id);
    if (bytes == null) {
      metrics.stateEntrySetAside(DeadLetterReason.PROCESSING);
      log.atError().addKeyValue("monitorId", id).setCause(failure).log("monitor skipped after failure");
      return;
    }
    setAside(id, bytes, DeadLetterReason.PROCESSING, failure, timestamp);
  }

  private void setAside(UUID id, byte[] bytes, DeadLetterReason reason, RuntimeException failure, long timestamp) {
    store.delete(id);
    metrics.stateEntrySetAside(reason);
    log.atError().addKeyValue("monitorId", id).addKeyValue("reason", reason.headerValue()).setCause(failure)
        .log("health entry set aside, monitor starts afresh");
    forward.publish(id, new Emission.SetAside(bytes,
        DeadLetterHeaders.describe(reason, failure, changelog, partition, NO_OFFSET)), timestamp);
  }
}

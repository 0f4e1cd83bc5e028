package dev.vigil.analytics.topology;

import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.contracts.topic.Topics;
import java.util.UUID;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a monitor record into the monitors table only if it is not older than the newest one seen for that monitor,
 * and nothing after its tombstone (monitor ids are never reused): a late copy of an older outbox event, published
 * again by the registry, would otherwise replace the current definition. A copy of the current version passes; the
 * table then holds what it held.
 */
final class NewestMonitorVersion implements FixedKeyProcessor<UUID, MonitorSnapshot, MonitorSnapshot> {

  static final String STORE = "monitor-versions";

  private static final Logger log = LoggerFactory.getLogger(NewestMonitorVersion.class);

  private FixedKeyProcessorContext<UUID, MonitorSnapshot> context;
  private KeyValueStore<UUID, Long> versions;

  static StoreBuilder<KeyValueStore<UUID, Long>> store() {
    return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Topics.MONITORS.keySerde(),
        new MonitorVersionSerde()).withCachingDisabled();
  }

  @Override
  public void init(FixedKeyProcessorContext<UUID, MonitorSnapshot> context) {
    this.context = context;
    this.versions = context.getStateStore(STORE);
  }

  @Override
  public void process(FixedKeyRecord<UUID, MonitorSnapshot> record) {
    @Nullable MonitorSnapshot monitor = record.value();
    long version = monitor == null ? MonitorVersionSerde.DELETED : monitor.version();
    Long newest = versions.get(record.key());
    if (newest != null && version < newest) {
      log.atInfo().addKeyValue("monitorId", record.key()).addKeyValue("version", version)
          .addKeyValue("newestVersion", newest == MonitorVersionSerde.DELETED ? "deleted" : newest)
          .log("late copy of an older monitor change ignored");
      return;
    }
    versions.put(record.key(), version);
    context.forward(record);
  }
}

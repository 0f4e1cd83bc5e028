package dev.vigil.analytics.incident;

import dev.vigil.analytics.AnalyticsMetrics;
import dev.vigil.analytics.AnalyticsProperties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The health processor and its store, as the topology wires them. The store holds the entries' bytes (the layout of
 * {@link HealthStateSerde}, unchanged) and the processor decodes each on its own, so an unreadable one can be set aside.
 */
public final class HealthStore {

  public static final String NAME = "monitor-health";

  private HealthStore() {
  }

  public static ProcessorSupplier<UUID, MonitorEvent, UUID, Emission> processor(AnalyticsProperties properties,
      AnalyticsMetrics metrics, String monitorsStore) {
    StoreBuilder<KeyValueStore<UUID, byte[]>> store = Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(NAME), Serdes.UUID(), Serdes.ByteArray());
    return new ProcessorSupplier<>() {
      @Override
      public MonitorProcessor get() {
        return new MonitorProcessor(properties, metrics, monitorsStore);
      }

      @Override
      public Set<StoreBuilder<?>> stores() {
        return Set.of(store);
      }
    };
  }
}

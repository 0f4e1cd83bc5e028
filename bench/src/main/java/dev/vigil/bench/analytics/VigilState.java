package dev.vigil.bench.analytics;

import dev.vigil.analytics.incident.HealthStore;
import dev.vigil.analytics.stats.WindowAggregate;
import dev.vigil.analytics.stats.WindowAggregateSerde;
import dev.vigil.analytics.topology.AnalyticsTopology;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.contracts.topic.Topics;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;

/**
 * The size of what a running analytics instance stores per monitor: every value of the health store as stored, and
 * the monitors table's and window stores' values as their serdes write them (the suppression buffers are not
 * queryable and not counted).
 */
final class VigilState {

    private VigilState() {
    }

    static Map<String, Object> of(KafkaStreams streams, List<Duration> windowSizes, int monitors) {
        Map<String, Object> sizes = new LinkedHashMap<>();
        long entries = 0;
        long bytes = 0;
        long largest = 0;
        try (var all = streams.store(StoreQueryParameters.fromNameAndType(HealthStore.NAME,
                QueryableStoreTypes.<UUID, byte[]>keyValueStore())).all()) {
            while (all.hasNext()) {
                int size = all.next().value.length;
                entries++;
                bytes += size;
                largest = Math.max(largest, size);
            }
        }
        sizes.put("healthEntries", entries);
        sizes.put("healthBytesPerMonitor", entries == 0 ? 0 : bytes / entries);
        sizes.put("healthLargestEntryBytes", largest);
        var monitorSerde = Topics.MONITORS.valueSerde().serializer();
        long monitorBytes = 0;
        try (var all = streams.store(StoreQueryParameters.fromNameAndType(AnalyticsTopology.MONITORS_STORE,
                QueryableStoreTypes.<UUID, MonitorSnapshot>keyValueStore())).all()) {
            while (all.hasNext()) {
                monitorBytes += monitorSerde.serialize(Topics.MONITORS.name(), all.next().value).length;
            }
        }
        sizes.put("monitorsTableBytesPerMonitor", monitorBytes / monitors);
        var windowSerde = new WindowAggregateSerde().serializer();
        for (Duration size : windowSizes) {
            String store = "stats-" + size.toSeconds() + "s";
            long windowBytes = 0;
            try (var all = streams.store(StoreQueryParameters.fromNameAndType(store,
                    QueryableStoreTypes.<UUID, WindowAggregate>windowStore())).all()) {
                while (all.hasNext()) {
                    windowBytes += windowSerde.serialize(store, all.next().value).length;
                }
            }
            sizes.put(store + "BytesPerMonitor", windowBytes / monitors);
        }
        return sizes;
    }
}

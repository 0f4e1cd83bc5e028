package dev.vigil.analytics.topology;

import dev.vigil.analytics.AnalyticsProperties;
import dev.vigil.analytics.incident.MonitorEvent;
import dev.vigil.analytics.stats.WindowAggregate;
import dev.vigil.analytics.stats.WindowAggregateSerde;
import dev.vigil.contracts.probe.ProbeResult;
import dev.vigil.contracts.stats.StatsWindow;
import dev.vigil.contracts.topic.Topics;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Suppressed;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.state.WindowStore;

/**
 * One tumbling-window aggregation of a monitor's results, emitting a single final aggregate per window: the window
 * stays open for late results until the grace period after its end has passed in stream time, then the suppression
 * buffer releases it exactly once (its buffer has a changelog, so a restart neither loses nor repeats it).
 */
final class StatsWindows {

  private StatsWindows() {
  }

  static KStream<UUID, MonitorEvent> closed(KStream<UUID, ProbeResult> results, Duration size,
      AnalyticsProperties.Windows windows) {
    String name = "stats-" + size.toSeconds() + "s";
    double accuracy = windows.relativeAccuracy();
    return results
        .groupByKey(Grouped.with(name + "-grouped", Topics.PROBE_RESULTS.keySerde(),
            Topics.PROBE_RESULTS.valueSerde()))
        .windowedBy(TimeWindows.ofSizeAndGrace(size, windows.grace()))
        .aggregate(() -> WindowAggregate.empty(accuracy), (id, result, aggregate) -> aggregate.add(result),
            Named.as(name + "-aggregate"),
            Materialized.<UUID, WindowAggregate, WindowStore<Bytes, byte[]>>as(name)
                .withKeySerde(Topics.PROBE_RESULTS.keySerde())
                .withValueSerde(new WindowAggregateSerde()))
        .suppress(Suppressed.untilWindowCloses(Suppressed.BufferConfig.unbounded()).withName(name + "-final"))
        .toStream(Named.as(name + "-closed"))
        .map((window, aggregate) -> KeyValue.pair(window.key(), (MonitorEvent) new MonitorEvent.WindowClosed(
            new StatsWindow(window.window().startTime(), window.window().endTime(), (int) size.toSeconds()),
            aggregate)), Named.as(name + "-events"));
  }
}

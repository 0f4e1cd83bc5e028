package dev.vigil.analytics.topology;

import dev.vigil.analytics.AnalyticsMetrics;
import dev.vigil.analytics.AnalyticsProperties;
import dev.vigil.analytics.incident.Emission;
import dev.vigil.analytics.incident.HealthStore;
import dev.vigil.analytics.incident.MonitorEvent;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.contracts.probe.ProbeResult;
import dev.vigil.contracts.topic.Topics;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Joined;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The whole analytics topology as one function of the settings, called by the application and by every test:
 * results (bad ones to the dead-letter topic) joined with the monitors table, windowed statistics, and the health
 * processor that turns results, monitor changes and closed windows into alerts, statuses and service stats.
 */
public final class AnalyticsTopology {

  public static final String MONITORS_STORE = "monitors";

  private AnalyticsTopology() {
  }

  public static Topology build(AnalyticsProperties properties, AnalyticsMetrics metrics) {
    var builder = new StreamsBuilder();
    define(builder, properties, metrics);
    return builder.build();
  }

  static void define(StreamsBuilder builder, AnalyticsProperties properties, AnalyticsMetrics metrics) {
    Map<String, KStream<UUID, DecodedResult>> decoded = builder
        .stream(Topics.PROBE_RESULTS.name(), Consumed.with(Topics.PROBE_RESULTS.keySerde(), new DecodedResultSerde())
            .withTimestampExtractor(new StartedAtExtractor()).withName("results-source"))
        .split(Named.as("results-"))
        .branch((id, value) -> value instanceof DecodedResult.Valid, Branched.as("valid"))
        .defaultBranch(Branched.as("invalid"));
    decoded.get("results-invalid")
        .mapValues(value -> (DecodedResult.Invalid) value, Named.as("results-invalid-cast"))
        .processValues(() -> new DeadLetterStamp<UUID>(metrics), Named.as("results-dead-letter-stamp"))
        .to(Topics.PROBE_RESULTS.deadLetter().name(),
            Produced.with(Topics.PROBE_RESULTS.keySerde(), Serdes.ByteArray()).withName("results-dead-letter-sink"));

    builder.addStateStore(NewestMonitorVersion.store());
    KTable<UUID, MonitorSnapshot> monitors = builder.stream(Topics.MONITORS.name(),
            Consumed.with(Topics.MONITORS.keySerde(), Topics.MONITORS.valueSerde()).withName("monitors-source"))
        .processValues(NewestMonitorVersion::new, Named.as("monitors-newest-version"), NewestMonitorVersion.STORE)
        .toTable(Named.as("monitors-table"), monitorsStore());

    KStream<UUID, MonitorEvent.ResultArrived> known = decoded.get("results-valid")
        .mapValues(value -> ((DecodedResult.Valid) value).result(), Named.as("results-valid-unwrap"))
        .leftJoin(monitors, KnownMonitor::pair,
            Joined.with(Topics.PROBE_RESULTS.keySerde(), Topics.PROBE_RESULTS.valueSerde(),
                Topics.MONITORS.valueSerde(), "results-with-monitor"))
        .processValues(() -> new KnownMonitor(metrics), Named.as("results-of-known-monitors"));

    KStream<UUID, ProbeResult> knownResults =
        known.mapValues(MonitorEvent.ResultArrived::result, Named.as("known-results"));
    KStream<UUID, MonitorEvent> events = known
        .mapValues(arrived -> (MonitorEvent) arrived, Named.as("result-events"))
        .merge(monitors.toStream(Named.as("monitor-changes"))
            .mapValues(monitor -> (MonitorEvent) new MonitorEvent.MonitorChanged(monitor), Named.as("monitor-events")),
            Named.as("merge-monitor-events"));
    for (var size : properties.windows().sizes()) {
      events = events.merge(StatsWindows.closed(knownResults, size, properties.windows()),
          Named.as("merge-window-" + size.toSeconds() + "s"));
    }

    Map<String, KStream<UUID, Emission>> emissions = events
        .process(HealthStore.processor(properties, metrics, MONITORS_STORE), Named.as("monitor-health"),
            MONITORS_STORE)
        .split(Named.as("emit-"))
        .branch((id, e) -> e instanceof Emission.AlertRaised, Branched.as("alert"))
        .branch((id, e) -> e instanceof Emission.StatusChanged, Branched.as("status"))
        .branch((id, e) -> e instanceof Emission.StatsClosed, Branched.as("stats"))
        .branch((id, e) -> e instanceof Emission.SetAside, Branched.as("set-aside"))
        .defaultBranch(Branched.as("dead-letter"));
    Sinks.route(emissions);
  }

  /**
   * Caching is off so every monitor change, deletions included, reaches the health processor at once and in order
   * with the results that follow it, rather than merged at the next commit.
   */
  private static Materialized<UUID, MonitorSnapshot, KeyValueStore<Bytes, byte[]>> monitorsStore() {
    return Materialized.<UUID, MonitorSnapshot, KeyValueStore<Bytes, byte[]>>as(MONITORS_STORE)
        .withKeySerde(Topics.MONITORS.keySerde())
        .withValueSerde(Topics.MONITORS.valueSerde())
        .withCachingDisabled();
  }
}

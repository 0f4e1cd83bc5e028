package dev.vigil.analytics.topology;

import dev.vigil.analytics.AnalyticsMetrics;
import dev.vigil.analytics.AnalyticsProperties;
import dev.vigil.analytics.StreamsSettings;
import dev.vigil.analytics.incident.HealthStore;
import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.alert.AlertType;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.contracts.probe.ProbeResult;
import dev.vigil.contracts.stats.ServiceStats;
import dev.vigil.contracts.status.MonitorStatus;
import dev.vigil.contracts.topic.StateDeadLetters;
import dev.vigil.contracts.topic.Topics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;

/** The production topology in a TopologyTestDriver, with typed access to every topic it reads and writes. */
final class TopologyHarness implements AutoCloseable {

  static final Instant WALL_CLOCK_START = Instant.parse("2026-03-02T00:00:00Z");

  final AnalyticsMetrics metrics = new AnalyticsMetrics(new SimpleMeterRegistry());
  private final TopologyTestDriver driver;
  private final TestInputTopic<UUID, MonitorSnapshot> monitors;
  private final TestInputTopic<UUID, ProbeResult> results;
  private final TestInputTopic<UUID, byte[]> rawResults;
  private final TestOutputTopic<UUID, Alert> alerts;
  private final TestOutputTopic<UUID, MonitorStatus> statuses;
  private final TestOutputTopic<UUID, ServiceStats> stats;
  private final TestOutputTopic<UUID, byte[]> deadLetters;
  private final TestOutputTopic<UUID, byte[]> setAside;
  private final List<Alert> alertsSeen = new ArrayList<>();

  TopologyHarness(AnalyticsProperties properties) {
    var config = StreamsSettings.of(properties, "localhost:9092");
    config.put("state.dir", "target/kafka-streams-test/" + UUID.randomUUID());
    driver = new TopologyTestDriver(AnalyticsTopology.build(properties, metrics), config, WALL_CLOCK_START);
    monitors = driver.createInputTopic(Topics.MONITORS.name(), Topics.MONITORS.keySerde().serializer(),
        Topics.MONITORS.valueSerde().serializer());
    results = driver.createInputTopic(Topics.PROBE_RESULTS.name(), Topics.PROBE_RESULTS.keySerde().serializer(),
        Topics.PROBE_RESULTS.valueSerde().serializer());
    rawResults = driver.createInputTopic(Topics.PROBE_RESULTS.name(), Topics.PROBE_RESULTS.keySerde().serializer(),
        Serdes.ByteArray().serializer());
    alerts = driver.createOutputTopic(Topics.ALERTS.name(), Topics.ALERTS.keySerde().deserializer(),
        Topics.ALERTS.valueSerde().deserializer());
    statuses = driver.createOutputTopic(Topics.MONITOR_STATUS.name(),
        Topics.MONITOR_STATUS.keySerde().deserializer(), Topics.MONITOR_STATUS.valueSerde().deserializer());
    stats = driver.createOutputTopic(Topics.SERVICE_STATS.name(), Topics.SERVICE_STATS.keySerde().deserializer(),
        Topics.SERVICE_STATS.valueSerde().deserializer());
    deadLetters = driver.createOutputTopic(Topics.PROBE_RESULTS.deadLetter().name(),
        Topics.PROBE_RESULTS.keySerde().deserializer(), Serdes.ByteArray().deserializer());
    setAside = driver.createOutputTopic(StateDeadLetters.MONITOR_HEALTH.name(),
        StateDeadLetters.MONITOR_HEALTH.keySerde().deserializer(),
        StateDeadLetters.MONITOR_HEALTH.valueSerde().deserializer());
  }

  TopologyHarness() {
    this(TestSettings.defaults());
  }

  TestMonitor monitor(TestMonitor monitor) {
    return monitorDefinedAt(monitor, Instant.parse("2026-03-01T00:00:00Z"));
  }

  /** Defines the monitor with the given record time: the moment it was created, changed or re-enabled. */
  TestMonitor monitorDefinedAt(TestMonitor monitor, Instant at) {
    monitors.pipeInput(monitor.id, monitor.snapshot(), at);
    return monitor;
  }

  void delete(UUID monitor) {
    monitors.pipeInput(monitor, null, Instant.parse("2026-03-01T00:00:00Z"));
  }

  void result(ProbeResult result) {
    results.pipeInput(result.monitorId(), result);
  }

  void raw(UUID key, byte[] value) {
    rawResults.pipeInput(key, value);
  }

  void advanceWallClock(Duration by) {
    driver.advanceWallClockTime(by);
  }

  /** Every alert emitted so far, in order. */
  List<Alert> alerts() {
    alertsSeen.addAll(alerts.readValuesToList());
    return List.copyOf(alertsSeen);
  }

  List<Alert> alerts(AlertType type) {
    return alerts().stream().filter(alert -> alert.type() == type).toList();
  }

  List<TestRecord<UUID, MonitorStatus>> statuses() {
    return statuses.readRecordsToList();
  }

  List<ServiceStats> stats() {
    return stats.readValuesToList();
  }

  List<TestRecord<UUID, byte[]>> deadLetters() {
    return deadLetters.readRecordsToList();
  }

  /** Health entries set aside to their dead-letter topic. */
  List<TestRecord<UUID, byte[]>> setAside() {
    return setAside.readRecordsToList();
  }

  /** Overwrites a monitor's stored health entry with the given bytes, as a damaged store or changelog would hold. */
  void storeHealthBytes(UUID monitor, byte[] bytes) {
    KeyValueStore<UUID, byte[]> store = driver.getKeyValueStore(HealthStore.NAME);
    store.put(monitor, bytes);
  }

  @Override
  public void close() {
    driver.close();
  }
}

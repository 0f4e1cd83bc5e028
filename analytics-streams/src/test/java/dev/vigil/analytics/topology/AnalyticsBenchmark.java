package dev.vigil.analytics.topology;

import dev.vigil.analytics.AnalyticsMetrics;
import dev.vigil.analytics.AnalyticsProperties;
import dev.vigil.analytics.StreamsSettings;
import dev.vigil.contracts.probe.ProbeResult;
import dev.vigil.contracts.topic.StateDeadLetters;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.testkit.kafka.KafkaBroker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * Throughput and state-size figures for the issue note; a harness, not a test (no assertions, never run by the
 * build). Run: {@code java -cp <test classpath> dev.vigil.analytics.topology.AnalyticsBenchmark [monitors] [minutes]
 * [broker-only]}.
 */
final class AnalyticsBenchmark {

  private static final List<String> REGIONS = List.of("eu", "us", "ap");
  private static final Duration BROKER_LIMIT = Duration.ofMinutes(3);

  private AnalyticsBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int monitorCount = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    int minutes = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofMinutes(minutes));
    List<TestMonitor> monitors = new ArrayList<>();
    for (int m = 0; m < monitorCount; m++) {
      var monitor = new TestMonitor();
      monitor.regions = REGIONS;
      monitor.p95Ms = 400.0;
      monitors.add(monitor);
    }
    List<ProbeResult> results = results(monitors, start, minutes);
    System.out.printf("workload: %d monitors x %d regions x %d minutes = %d results%n", monitorCount, REGIONS.size(),
        minutes, results.size());
    if (args.length < 3 || !args[2].equals("broker-only")) {
      topologyTestDriver(monitors, results, start);
    }
    broker(monitors, results, start);
    System.exit(0);
  }

  private static List<ProbeResult> results(List<TestMonitor> monitors, Instant start, int minutes) {
    var random = new Random(7);
    List<ProbeResult> results = new ArrayList<>();
    for (int minute = 0; minute < minutes; minute++) {
      Instant at = start.plus(Duration.ofMinutes(minute));
      for (TestMonitor monitor : monitors) {
        for (String region : REGIONS) {
          boolean up = random.nextDouble() > 0.05;
          double total = Math.exp(Math.log(150) + 0.5 * random.nextGaussian());
          results.add(TestResults.result(monitor.id, at, region, up, total, null));
        }
      }
    }
    return results;
  }

  private static void topologyTestDriver(List<TestMonitor> monitors, List<ProbeResult> results, Instant start) {
    AnalyticsProperties properties = TestSettings.onBroker("bench-ttd", "target/bench/ttd-" + UUID.randomUUID());
    properties = withDefaultWindows(properties);
    var config = StreamsSettings.of(properties, "localhost:9092");
    try (var driver = new TopologyTestDriver(AnalyticsTopology.build(properties,
        new AnalyticsMetrics(new SimpleMeterRegistry())), config, start)) {
      var monitorInput = driver.createInputTopic(Topics.MONITORS.name(), Topics.MONITORS.keySerde().serializer(),
          Topics.MONITORS.valueSerde().serializer());
      monitors.forEach(m -> monitorInput.pipeInput(m.id, m.snapshot(), start.minus(Duration.ofDays(1))));
      var input = driver.createInputTopic(Topics.PROBE_RESULTS.name(), Topics.PROBE_RESULTS.keySerde().serializer(),
          Topics.PROBE_RESULTS.valueSerde().serializer());
      long began = System.nanoTime();
      results.forEach(result -> input.pipeInput(result.monitorId(), result));
      double seconds = (System.nanoTime() - began) / 1e9;
      System.out.printf("TopologyTestDriver: %d results in %.1f s = %.0f results/s (one commit per record)%n",
          results.size(), seconds, results.size() / seconds);
      stateSizes(driver, properties, monitors.size());
    }
  }

  /** Bytes of the latest value per key in each changelog the driver captured: what the stores hold at the end. */
  private static void stateSizes(TopologyTestDriver driver, AnalyticsProperties properties, int monitors) {
    for (String topic : driver.producedTopicNames()) {
      if (!topic.endsWith("-changelog")) {
        continue;
      }
      var output = driver.createOutputTopic(topic, Serdes.Bytes().deserializer(), Serdes.ByteArray().deserializer());
      Map<Bytes, Integer> latest = new HashMap<>();
      output.readKeyValuesToList().forEach(kv -> {
        if (kv.value == null) {
          latest.remove(kv.key);
        } else {
          latest.put(kv.key, kv.key.get().length + kv.value.length);
        }
      });
      long bytes = latest.values().stream().mapToLong(Integer::longValue).sum();
      System.out.printf("  %-60s %8d entries %10d bytes = %7.0f bytes per monitor%n", topic, latest.size(), bytes,
          (double) bytes / monitors);
    }
  }

  private static void broker(List<TestMonitor> monitors, List<ProbeResult> results, Instant start) throws Exception {
    KafkaBroker broker = KafkaBroker.shared();
    broker.createTopics(Stream.of(Topics.MONITORS, Topics.PROBE_RESULTS, Topics.ALERTS, Topics.MONITOR_STATUS,
            Topics.SERVICE_STATS, Topics.PROBE_RESULTS.deadLetter(), StateDeadLetters.MONITOR_HEALTH)
        .map(topic -> new NewTopic(topic.name(), topic.partitions(), (short) 1).configs(topic.configs())).toList());
    try (var producer = new KafkaProducer<>(broker.producerProperties(), Topics.MONITORS.keySerde().serializer(),
        Topics.MONITORS.valueSerde().serializer())) {
      long stamp = start.minus(Duration.ofDays(1)).toEpochMilli();
      monitors.forEach(m -> producer.send(new ProducerRecord<>(Topics.MONITORS.name(), null, stamp, m.id,
          m.snapshot())));
    }
    try (var producer = new KafkaProducer<>(broker.producerProperties(), Topics.PROBE_RESULTS.keySerde().serializer(),
        Topics.PROBE_RESULTS.valueSerde().serializer())) {
      results.forEach(r -> producer.send(new ProducerRecord<>(Topics.PROBE_RESULTS.name(), r.monitorId(), r)));
    }
    String applicationId = "bench-" + UUID.randomUUID();
    long began = System.nanoTime();
    KafkaStreams streams = AnalyticsNode.start(broker.bootstrapServers(), withDefaultWindows(
        TestSettings.onBroker(applicationId, "target/bench/broker-" + UUID.randomUUID())));
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
      long deadline = began + BROKER_LIMIT.toNanos();
      long consumed = 0;
      long firstAt = 0;
      long firstCount = 0;
      while (System.nanoTime() < deadline) {
        consumed = consumed(admin, applicationId);
        if (firstAt == 0 && consumed > 0) {
          firstAt = System.nanoTime();
          firstCount = consumed;
        }
        if (consumed >= results.size()) {
          break;
        }
        Thread.onSpinWait();
      }
      long ended = System.nanoTime();
      double seconds = (ended - began) / 1e9;
      double steady = (ended - firstAt) / 1e9;
      System.out.printf("embedded broker, exactly_once_v2, 1 stream thread: %d of %d results committed in %.1f s "
          + "(including startup and rebalance) = %.0f results/s; after the first commit %.0f results/s%n", consumed,
          results.size(), seconds, consumed / seconds, (consumed - firstCount) / steady);
    } finally {
      streams.close(Duration.ofSeconds(10));
    }
  }

  private static long consumed(Admin admin, String group) throws Exception {
    var committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
    long total = 0;
    for (var entry : committed.entrySet()) {
      if (entry.getKey().topic().equals(Topics.PROBE_RESULTS.name()) && entry.getValue() != null) {
        total += entry.getValue().offset();
      }
    }
    return total;
  }

  private static AnalyticsProperties withDefaultWindows(AnalyticsProperties p) {
    return new AnalyticsProperties(p.applicationId(), p.stateDir(), p.standbyReplicas(), p.streamThreads(),
        p.commitInterval(), p.replicationFactor(), p.closeTimeout(), Duration.ofMinutes(30), p.statusRefresh(),
        new AnalyticsProperties.Windows(List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofHours(1)),
            Duration.ofMinutes(1), Duration.ofMinutes(5), 0.01),
        p.silence(), p.sla(), p.threadReplacement(), p.batching());
  }
}

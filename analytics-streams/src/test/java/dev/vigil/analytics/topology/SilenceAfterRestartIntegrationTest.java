package dev.vigil.analytics.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.alert.AlertType;
import dev.vigil.contracts.probe.ProbeResult;
import dev.vigil.contracts.topic.StateDeadLetters;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.testkit.kafka.KafkaBroker;
import dev.vigil.testkit.kafka.WithKafka;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Analytics really away: its JVM is killed while probes keep reporting, stays down for several intervals while the
 * results pile up, and comes back on an empty state directory (restoring from the changelogs). Monitors that kept
 * reporting must not be reported missing while the backlog is read; one that really stopped still is.
 */
@WithKafka
class SilenceAfterRestartIntegrationTest {

  private static final int INTERVAL_SECONDS = 5;
  private static final int MONITORS = 12;
  private static final int ROUNDS_WHILE_AWAY = 5;
  private static final Duration PATIENCE = Duration.ofSeconds(120);

  private final KafkaBroker broker = KafkaBroker.shared();
  private final String applicationId = "analytics-silence-" + UUID.randomUUID();
  private final ScheduledExecutorService probes = Executors.newSingleThreadScheduledExecutor();
  private final List<Process> nodes = new ArrayList<>();

  @AfterEach
  void stop() {
    probes.shutdownNow();
    nodes.forEach(Process::destroyForcibly);
  }

  @Test
  void monitorsThatKeptReportingWhileAnalyticsWasAwayAreNotReportedMissingAfterItsRestart() throws Exception {
    broker.createTopics(Stream.of(Topics.MONITORS, Topics.PROBE_RESULTS, Topics.ALERTS, Topics.MONITOR_STATUS,
            Topics.SERVICE_STATS, Topics.PROBE_RESULTS.deadLetter(), StateDeadLetters.MONITOR_HEALTH)
        .map(topic -> new NewTopic(topic.name(), topic.partitions(), (short) 1).configs(topic.configs()))
        .toList());
    List<TestMonitor> reporting = new ArrayList<>();
    for (int m = 0; m < MONITORS; m++) {
      var monitor = new TestMonitor();
      monitor.intervalSeconds = INTERVAL_SECONDS;
      reporting.add(monitor);
    }
    var stopping = new TestMonitor();
    stopping.intervalSeconds = INTERVAL_SECONDS;
    sendMonitors(Stream.concat(reporting.stream(), Stream.of(stopping)).toList());

    var rounds = new AtomicInteger();
    var stopped = new AtomicBoolean();
    try (var producer = new KafkaProducer<>(broker.producerProperties(),
        Topics.PROBE_RESULTS.keySerde().serializer(), Topics.PROBE_RESULTS.valueSerde().serializer())) {
      probes.scheduleAtFixedRate(() -> {
        Instant now = Instant.now();
        reporting.forEach(monitor -> send(producer, TestResults.up(monitor.id, now)));
        if (!stopped.get()) {
          send(producer, TestResults.up(stopping.id, now));
        }
        producer.flush();
        rounds.incrementAndGet();
      }, 0, INTERVAL_SECONDS, TimeUnit.SECONDS);

      nodes.add(startNode("first"));
      await().atMost(PATIENCE).until(() -> rounds.get() >= 2 && allResultsConsumed());
      stopped.set(true);
      nodes.getFirst().destroyForcibly().waitFor(30, TimeUnit.SECONDS);

      int killedAt = rounds.get();
      await().atMost(PATIENCE).until(() -> rounds.get() >= killedAt + ROUNDS_WHILE_AWAY);
      nodes.add(startNode("successor"));
      await().atMost(PATIENCE).until(() -> missing(Set.of(stopping.id)).size() == 1);
      int restartedAt = rounds.get();
      await().atMost(PATIENCE).until(() -> rounds.get() >= restartedAt + 2 && allResultsConsumed());

      Set<UUID> ids = Stream.concat(reporting.stream(), Stream.of(stopping)).map(m -> m.id)
          .collect(Collectors.toSet());
      assertThat(missing(ids)).extracting(Alert::monitorId).containsExactly(stopping.id);
    }
  }

  private List<Alert> missing(Set<UUID> monitors) {
    List<Alert> alerts = new ArrayList<>();
    try (var consumer = new KafkaConsumer<>(broker.consumerProperties("reader-" + UUID.randomUUID()),
        Topics.ALERTS.keySerde().deserializer(), Topics.ALERTS.valueSerde().deserializer())) {
      List<TopicPartition> partitions = partitions(Topics.ALERTS.name(), Topics.ALERTS.partitions());
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p)) && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(record -> alerts.add(record.value()));
      }
    }
    return alerts.stream()
        .filter(alert -> alert.type() == AlertType.PROBE_MISSING && monitors.contains(alert.monitorId())).toList();
  }

  private boolean allResultsConsumed() throws Exception {
    try (Admin admin = broker.admin()) {
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin.listConsumerGroupOffsets(applicationId).partitionsToOffsetAndMetadata().get();
      var request = new HashMap<TopicPartition, OffsetSpec>();
      partitions(Topics.PROBE_RESULTS.name(), Topics.PROBE_RESULTS.partitions())
          .forEach(p -> request.put(p, OffsetSpec.latest()));
      var ends = admin.listOffsets(request).all().get();
      return ends.entrySet().stream().allMatch(end -> end.getValue().offset() == 0
          || committed.get(end.getKey()) != null && committed.get(end.getKey()).offset() >= end.getValue().offset());
    }
  }

  private static List<TopicPartition> partitions(String topic, int count) {
    List<TopicPartition> partitions = new ArrayList<>();
    for (int p = 0; p < count; p++) {
      partitions.add(new TopicPartition(topic, p));
    }
    return partitions;
  }

  /** Stamped a minute back, so the monitors are defined before their first result in every task's time order. */
  private void sendMonitors(List<TestMonitor> monitors) {
    try (var producer = new KafkaProducer<>(broker.producerProperties(), Topics.MONITORS.keySerde().serializer(),
        Topics.MONITORS.valueSerde().serializer())) {
      long stamp = Instant.now().minus(Duration.ofMinutes(1)).toEpochMilli();
      monitors.forEach(monitor -> producer.send(
          new ProducerRecord<>(Topics.MONITORS.name(), null, stamp, monitor.id, monitor.snapshot())));
      producer.flush();
    }
  }

  private static void send(KafkaProducer<UUID, ProbeResult> producer, ProbeResult result) {
    producer.send(new ProducerRecord<>(Topics.PROBE_RESULTS.name(), result.monitorId(), result));
  }

  /** Each node gets a fresh state directory: the successor restores everything from the changelogs. */
  private Process startNode(String name) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), AnalyticsNode.class.getName(),
        broker.bootstrapServers(), applicationId, "target/silence-test/" + name + "-" + UUID.randomUUID(), "silence")
        .redirectErrorStream(true)
        .redirectOutput(new File("target/silence-test-" + name + ".log"))
        .start();
  }
}

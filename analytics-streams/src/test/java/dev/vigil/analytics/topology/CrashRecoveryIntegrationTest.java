package dev.vigil.analytics.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.alert.AlertType;
import dev.vigil.contracts.probe.ProbeResult;
import dev.vigil.contracts.topic.StateDeadLetters;
import dev.vigil.contracts.topic.Topic;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.testkit.kafka.KafkaBroker;
import dev.vigil.testkit.kafka.WithKafka;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

/**
 * Kills an analytics instance with SIGKILL in the middle of a stream of results, lets a fresh instance (empty state
 * directory, so it restores from the changelogs) take over while results keep arriving, and checks the committed
 * alerts against a recomputation from the input that shares no code with the topology.
 */
@WithKafka
class CrashRecoveryIntegrationTest {

  /**
   * Results end around now: alerts carry their result's start as record timestamp, and the broker would purge
   * alerts older than the topic's retention the moment they arrive.
   */
  private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(3));
  private static final int MONITORS = 4;
  private static final int RESULTS_PER_MONITOR = 150;
  private static final Duration PATIENCE = Duration.ofSeconds(120);

  private final KafkaBroker broker = KafkaBroker.shared();
  private final String applicationId = "analytics-crash-" + UUID.randomUUID();

  @Test
  void committedAlertsAfterACrashAreExactlyTheRecomputedOnesNoneLostNoneDoubled() throws Exception {
    createTopics();
    List<TestMonitor> monitors = new ArrayList<>();
    for (int m = 0; m < MONITORS; m++) {
      var monitor = new TestMonitor();
      monitor.slaTarget = 1;
      monitors.add(monitor);
    }
    sendMonitors(monitors);
    List<ProbeResult> input = results(monitors);
    List<String> expected = recompute(input);
    int first = input.size() * 2 / 5;
    int second = input.size() * 7 / 10;

    Process crashing = startNodeProcess();
    KafkaStreams successor = null;
    try (var producer = new KafkaProducer<>(broker.producerProperties(),
        Topics.PROBE_RESULTS.keySerde().serializer(), Topics.PROBE_RESULTS.valueSerde().serializer())) {
      send(producer, input.subList(0, first));
      await().atMost(PATIENCE).until(() -> readAlerts(monitors).size() >= 2);

      send(producer, input.subList(first, second));
      crashing.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

      successor = AnalyticsNode.start(broker.bootstrapServers(), applicationId,
          "target/crash-test/successor-" + UUID.randomUUID());
      send(producer, input.subList(second, input.size()));

      await().atMost(PATIENCE).until(this::allResultsConsumed);
      List<Alert> alerts = readAlerts(monitors);
      assertThat(alerts).extracting(Alert::id).doesNotHaveDuplicates();
      assertThat(alerts.stream().map(CrashRecoveryIntegrationTest::describe).sorted().toList())
          .containsExactlyElementsOf(expected);
    } finally {
      crashing.destroyForcibly();
      if (successor != null) {
        successor.close(Duration.ofSeconds(10));
      }
    }
  }

  /**
   * Runs of one to six failures between runs of successes, starting with successes, different per monitor but the
   * same every run.
   */
  private static List<ProbeResult> results(List<TestMonitor> monitors) {
    List<ProbeResult> results = new ArrayList<>();
    for (int m = 0; m < monitors.size(); m++) {
      var random = new Random(m);
      boolean up = false;
      int left = 0;
      for (int i = 0; i < RESULTS_PER_MONITOR; i++) {
        if (left == 0) {
          up = !up;
          left = up ? 2 + random.nextInt(6) : 1 + random.nextInt(6);
        }
        left--;
        Instant at = T0.plus(Duration.ofMinutes(i));
        results.add(up ? TestResults.up(monitors.get(m).id, at) : TestResults.down(monitors.get(m).id, at));
      }
    }
    results.sort(Comparator.comparing(ProbeResult::startedAt));
    return results;
  }

  /** The rules restated plainly: three failures in a row announce, the first success after that recovers. */
  private static List<String> recompute(List<ProbeResult> input) {
    Map<UUID, int[]> failures = new java.util.HashMap<>();
    List<String> alerts = new ArrayList<>();
    for (ProbeResult result : input) {
      int[] streak = failures.computeIfAbsent(result.monitorId(), id -> new int[2]);
      if (!result.up()) {
        streak[0]++;
        if (streak[0] == 3) {
          streak[1] = 1;
          alerts.add(describe(result.monitorId(), AlertType.FAILURE_STREAK, result.startedAt()));
        }
      } else {
        streak[0] = 0;
        if (streak[1] == 1) {
          streak[1] = 0;
          alerts.add(describe(result.monitorId(), AlertType.RECOVERY, result.startedAt()));
        }
      }
    }
    return alerts.stream().sorted().toList();
  }

  private static String describe(Alert alert) {
    return describe(alert.monitorId(), alert.type(), alert.occurredAt());
  }

  private static String describe(UUID monitor, AlertType type, Instant at) {
    return monitor + " " + type + " " + at;
  }

  /**
   * Monitors are stamped a day before the first result: Kafka Streams processes a task's records in timestamp order,
   * and a result older than its monitor would meet an empty table.
   */
  private void sendMonitors(List<TestMonitor> monitors) {
    try (var producer = new KafkaProducer<>(broker.producerProperties(), Topics.MONITORS.keySerde().serializer(),
        Topics.MONITORS.valueSerde().serializer())) {
      long stamp = T0.minus(Duration.ofDays(1)).toEpochMilli();
      monitors.forEach(monitor -> producer.send(
          new ProducerRecord<>(Topics.MONITORS.name(), null, stamp, monitor.id, monitor.snapshot())));
      producer.flush();
    }
  }

  private static void send(KafkaProducer<UUID, ProbeResult> producer, List<ProbeResult> results) {
    results.forEach(result -> producer.send(new ProducerRecord<>(Topics.PROBE_RESULTS.name(), result.monitorId(),
        result)));
    producer.flush();
  }

  /** Only this run's monitors: other tests' analytics instances share the broker and its alerts topic. */
  private List<Alert> readAlerts(List<TestMonitor> monitors) {
    Set<UUID> ids = monitors.stream().map(monitor -> monitor.id).collect(Collectors.toSet());
    List<Alert> alerts = new ArrayList<>();
    try (var consumer = new KafkaConsumer<>(broker.consumerProperties("reader-" + UUID.randomUUID()),
        Topics.ALERTS.keySerde().deserializer(), Topics.ALERTS.valueSerde().deserializer())) {
      List<TopicPartition> partitions = partitions(Topics.ALERTS);
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p)) && System.nanoTime() < deadline) {
        for (ConsumerRecord<UUID, Alert> record : consumer.poll(Duration.ofMillis(200))) {
          alerts.add(record.value());
        }
      }
    }
    return alerts.stream().filter(alert -> ids.contains(alert.monitorId())).toList();
  }

  /** Every result is committed as consumed by the application's group, so its outputs are committed too. */
  private boolean allResultsConsumed() throws Exception {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin.listConsumerGroupOffsets(applicationId).partitionsToOffsetAndMetadata().get();
      var request = new java.util.HashMap<TopicPartition, OffsetSpec>();
      partitions(Topics.PROBE_RESULTS).forEach(p -> request.put(p, OffsetSpec.latest()));
      var ends = admin.listOffsets(request).all().get();
      return ends.entrySet().stream().allMatch(end -> end.getValue().offset() == 0
          || committed.get(end.getKey()) != null && committed.get(end.getKey()).offset() >= end.getValue().offset());
    }
  }

  private static List<TopicPartition> partitions(Topic<?, ?> topic) {
    List<TopicPartition> partitions = new ArrayList<>();
    for (int p = 0; p < topic.partitions(); p++) {
      partitions.add(new TopicPartition(topic.name(), p));
    }
    return partitions;
  }

  private Process startNodeProcess() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), AnalyticsNode.class.getName(),
        broker.bootstrapServers(), applicationId, "target/crash-test/crashing-" + UUID.randomUUID())
        .redirectErrorStream(true)
        .redirectOutput(new File("target/crash-test-node.log"))
        .start();
  }

  private void createTopics() {
    broker.createTopics(Stream.of(Topics.MONITORS, Topics.PROBE_RESULTS, Topics.ALERTS, Topics.MONITOR_STATUS,
            Topics.SERVICE_STATS, Topics.PROBE_RESULTS.deadLetter(), StateDeadLetters.MONITOR_HEALTH)
        .map(topic -> new NewTopic(topic.name(), topic.partitions(), (short) 1).configs(topic.configs()))
        .toList());
  }
}

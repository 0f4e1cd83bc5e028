package dev.vigil.analytics.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.contracts.alert.AlertType;
import dev.vigil.contracts.topic.DeadLetterHeaders;
import dev.vigil.contracts.topic.StateDeadLetters;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.testkit.kafka.KafkaBroker;
import dev.vigil.testkit.kafka.WithKafka;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A damaged entry in the health store's changelog, restored for real by an analytics JVM on an empty state
 * directory: the entry is set aside to its dead-letter topic with the reason, and a monitor that falls silent is still
 * reported missing.
 */
@WithKafka
class CorruptStateIntegrationTest {

  private static final int INTERVAL_SECONDS = 5;
  private static final byte[] DAMAGED = {42, 0, 1};
  private static final Duration PATIENCE = Duration.ofSeconds(120);

  private final KafkaBroker broker = KafkaBroker.shared();
  private final String applicationId = "analytics-corrupt-" + UUID.randomUUID();
  private Process node;

  @AfterEach
  void stop() {
    if (node != null) {
      node.destroyForcibly();
    }
  }

  @Test
  void aDamagedHealthEntryRestoredFromTheChangelogIsSetAsideAndSilenceIsStillDetected() throws Exception {
    String changelog = applicationId + "-monitor-health-changelog";
    broker.createTopics(Stream.of(Topics.MONITORS, Topics.PROBE_RESULTS, Topics.ALERTS, Topics.MONITOR_STATUS,
            Topics.SERVICE_STATS, Topics.PROBE_RESULTS.deadLetter(), StateDeadLetters.MONITOR_HEALTH)
        .map(topic -> new NewTopic(topic.name(), topic.partitions(), (short) 1).configs(topic.configs()))
        .toList());
    broker.createTopics(List.of(new NewTopic(changelog, Topics.CO_PARTITIONED_PARTITIONS, (short) 1)
        .configs(Map.of("cleanup.policy", "compact"))));
    var damaged = fiveSecondMonitor();
    var silent = fiveSecondMonitor();
    long defined = Instant.now().minus(Duration.ofMinutes(1)).toEpochMilli();
    try (var producer = new KafkaProducer<>(broker.producerProperties(), Serdes.UUID().serializer(),
        Serdes.ByteArray().serializer())) {
      for (var monitor : List.of(damaged, silent)) {
        producer.send(new ProducerRecord<>(Topics.MONITORS.name(), null, defined, monitor.id,
            Topics.MONITORS.valueSerde().serializer().serialize(Topics.MONITORS.name(), monitor.snapshot())));
      }
      producer.send(new ProducerRecord<>(changelog, damaged.id, DAMAGED));
      producer.flush();
    }
    broker.send(Topics.PROBE_RESULTS, silent.id, TestResults.up(silent.id, Instant.now()));

    node = startNode();

    await().atMost(PATIENCE).untilAsserted(() -> assertThat(
        broker.consume(Topics.ALERTS, 1, Duration.ofSeconds(5)).stream()
            .filter(alert -> alert.value().type() == AlertType.PROBE_MISSING)
            .map(alert -> alert.value().monitorId()))
        .contains(silent.id));
    var setAside = broker.consume(StateDeadLetters.MONITOR_HEALTH, 1, PATIENCE).stream()
        .filter(letter -> damaged.id.equals(letter.key())).toList();
    assertThat(setAside).singleElement().satisfies(letter -> {
      assertThat(letter.value()).isEqualTo(DAMAGED);
      assertThat(new String(letter.headers().lastHeader(DeadLetterHeaders.REASON).value(), StandardCharsets.UTF_8))
          .isEqualTo("deserialization");
    });
  }

  private static TestMonitor fiveSecondMonitor() {
    var monitor = new TestMonitor();
    monitor.intervalSeconds = INTERVAL_SECONDS;
    return monitor;
  }

  private Process startNode() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), AnalyticsNode.class.getName(),
        broker.bootstrapServers(), applicationId, "target/corrupt-test/" + UUID.randomUUID(), "silence")
        .redirectErrorStream(true)
        .redirectOutput(new File("target/corrupt-test-node.log"))
        .start();
  }
}

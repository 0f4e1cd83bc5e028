package dev.vigil.contracts.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.contracts.Samples;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.Test;

class TopicsTest {

  @Test
  void coPartitionedTopicsShareOnePartitionCount() {
    assertThat(Topics.coPartitioned()).extracting(Topic::partitions)
        .containsOnly(Topics.CO_PARTITIONED_PARTITIONS);
  }

  @Test
  void everyTopicButChannelsIsCoPartitioned() {
    assertThat(Topics.coPartitioned()).containsExactlyInAnyOrderElementsOf(
        Topics.all().stream().filter(topic -> topic != Topics.CHANNELS).toList());
  }

  @Test
  void channelsHaveTheirOwnSmallPartitionCount() {
    assertThat(Topics.CHANNELS.partitions()).isEqualTo(Topics.CHANNEL_PARTITIONS).isEqualTo(3);
  }

  @Test
  void allListsEveryTopicConstant() {
    assertThat(List.<Topic<?, ?>>copyOf(Topics.all())).containsExactlyInAnyOrderElementsOf(topicConstants());
  }

  @Test
  void topicNamesAreUniqueAndCarryTheirVersion() {
    assertThat(Topics.all()).extracting(Topic::name)
        .doesNotHaveDuplicates()
        .allMatch(name -> name.matches("vigil\\.[a-z]+(-[a-z]+)*\\.v[1-9][0-9]*"));
  }

  @Test
  void stateTopicsAreCompactedAndHistoryTopicsExpire() {
    assertThat(List.of(Topics.MONITORS, Topics.CHANNELS, Topics.MONITOR_STATUS))
        .allMatch(topic -> topic.cleanup() == CleanupPolicy.COMPACT && topic.retention() == null);
    assertThat(List.of(Topics.PROBE_RESULTS, Topics.SERVICE_STATS, Topics.ALERTS, Topics.DELIVERIES))
        .extracting(Topic::retention).containsOnly(Duration.ofDays(30));
    assertThat(Topics.PROBE_REQUESTS.retention()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void deleteTopicConfigsCarryCleanupPolicyAndRetention() {
    assertThat(Topics.PROBE_RESULTS.configs()).isEqualTo(Map.of(
        TopicConfig.CLEANUP_POLICY_CONFIG, "delete",
        TopicConfig.RETENTION_MS_CONFIG, "2592000000"));
  }

  @Test
  void compactedTopicConfigsCarryOnlyCleanupPolicy() {
    assertThat(Topics.MONITORS.configs()).isEqualTo(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, "compact"));
  }

  @Test
  void deadLetterTopicAppendsDltAndKeepsThePartitionCount() {
    Topic<byte[], byte[]> deadLetter = Topics.MONITORS.deadLetter();

    assertThat(deadLetter.name()).isEqualTo("vigil.monitors.v1.dlt");
    assertThat(deadLetter.partitions()).isEqualTo(Topics.MONITORS.partitions());
    assertThat(deadLetter.cleanup()).isEqualTo(CleanupPolicy.DELETE);
  }

  @Test
  void deleteTopicWithoutRetentionIsRejected() {
    assertThatThrownBy(() -> new Topic<>("vigil.x.v1", 1, CleanupPolicy.DELETE, null, Serdes.UUID(), Serdes.UUID()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("vigil.x.v1");
  }

  @Test
  void keysAreWrittenAsUuidStrings() {
    Topic<UUID, ?> topic = Topics.PROBE_RESULTS;

    byte[] key = topic.keySerde().serializer().serialize(topic.name(), Samples.MONITOR_ID);

    assertThat(new String(key, StandardCharsets.UTF_8)).isEqualTo(Samples.MONITOR_ID.toString());
  }

  private static List<Topic<?, ?>> topicConstants() {
    return Stream.of(Topics.class.getFields())
        .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == Topic.class)
        .<Topic<?, ?>>map(TopicsTest::read)
        .toList();
  }

  private static Topic<?, ?> read(Field field) {
    try {
      return (Topic<?, ?>) field.get(null);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }
}

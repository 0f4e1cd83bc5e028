package dev.vigil.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The chart's Kafka defaults keep exactly-once through the loss of one broker (three replicas, two in sync); the
 * bundled one-broker dev Kafka lowers both to one, and a setting no write could satisfy is refused at render time.
 */
class KafkaReplicationDefaultsTest {

  private static final String TOPICS = "vigil-topics";

  @Test
  void byDefaultEveryTopicHasThreeReplicasOfWhichTwoMustHoldEachWrite() {
    Manifests manifests = Renders.DEFAULTS.manifests();

    assertThat(topicJobEnv(manifests)).containsEntry("REPLICATION_FACTOR", "3")
        .containsEntry("MIN_INSYNC_REPLICAS", "2");
    assertThat(topicScript(manifests)).contains("--config min.insync.replicas=\"$MIN_INSYNC_REPLICAS\"");
    assertThat(serviceReplicationFactors(manifests)).hasSizeGreaterThanOrEqualTo(Repository.services().size() - 1)
        .allSatisfy((setting, value) -> assertThat(value).as(setting).isEqualTo("3"));
  }

  @Test
  void theBundledOneBrokerKafkaGetsOneReplicaAndOneInSync() {
    Manifests manifests = Renders.EVERYTHING.manifests();

    assertThat(topicJobEnv(manifests)).containsEntry("REPLICATION_FACTOR", "1")
        .containsEntry("MIN_INSYNC_REPLICAS", "1");
    assertThat(serviceReplicationFactors(manifests)).isNotEmpty()
        .allSatisfy((setting, value) -> assertThat(value).as(setting).isEqualTo("1"));
  }

  @Test
  void moreInSyncReplicasThanReplicasIsRefused() {
    assertThatThrownBy(() -> Helm.template(Renders.RELEASE, List.of(),
        List.of("kafka.replicationFactor=2", "kafka.minInsyncReplicas=3")))
        .hasMessageContaining("kafka.minInsyncReplicas must not exceed kafka.replicationFactor");
  }

  private static Map<String, String> topicJobEnv(Manifests manifests) {
    return manifests.named(Job.class, TOPICS).getSpec().getTemplate().getSpec().getContainers().getFirst().getEnv()
        .stream().filter(env -> env.getValue() != null)
        .collect(Collectors.toMap(EnvVar::getName, EnvVar::getValue));
  }

  private static String topicScript(Manifests manifests) {
    return manifests.named(ConfigMap.class, TOPICS).getData().get("create-topics.sh");
  }

  /** Every service setting that names the replication factor of the topics the service creates. */
  private static Map<String, String> serviceReplicationFactors(Manifests manifests) {
    return manifests.ofType(ConfigMap.class).stream()
        .filter(config -> config.getData() != null)
        .flatMap(config -> config.getData().entrySet().stream()
            .filter(entry -> entry.getKey().endsWith("REPLICATIONFACTOR"))
            .map(entry -> Map.entry(config.getMetadata().getName() + "/" + entry.getKey(), entry.getValue())))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}

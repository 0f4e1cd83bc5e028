package dev.vigil.contracts.topic;

import org.apache.kafka.common.config.TopicConfig;

/** Whether a topic keeps the latest value per key (state) or every record for a while (history). */
public enum CleanupPolicy {
  COMPACT(TopicConfig.CLEANUP_POLICY_COMPACT),
  DELETE(TopicConfig.CLEANUP_POLICY_DELETE);

  private final String kafkaName;

  CleanupPolicy(String kafkaName) {
    this.kafkaName = kafkaName;
  }

  public String kafkaName() {
    return kafkaName;
  }
}

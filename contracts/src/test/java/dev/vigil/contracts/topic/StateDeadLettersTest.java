package dev.vigil.contracts.topic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StateDeadLettersTest {

  @Test
  void monitorHealthDeadLettersAreCoPartitionedWithTheMonitorTopicsAndExpireAfterThirtyDays() {
    assertThat(StateDeadLetters.MONITOR_HEALTH.name()).isEqualTo("vigil.analytics.monitor-health.v1.dlt");
    assertThat(StateDeadLetters.MONITOR_HEALTH.partitions()).isEqualTo(Topics.CO_PARTITIONED_PARTITIONS);
    assertThat(StateDeadLetters.MONITOR_HEALTH.configs())
        .containsEntry("cleanup.policy", "delete").containsEntry("retention.ms", "2592000000");
  }
}

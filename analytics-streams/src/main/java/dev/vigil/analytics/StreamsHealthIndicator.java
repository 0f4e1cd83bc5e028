package dev.vigil.analytics;

import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** Reports the Kafka Streams client's state, so an instance whose threads all died shows as down. */
final class StreamsHealthIndicator implements HealthIndicator {

  private final AnalyticsStreams streams;

  StreamsHealthIndicator(AnalyticsStreams streams) {
    this.streams = streams;
  }

  @Override
  public Health health() {
    KafkaStreams.State state = streams.state();
    if (state == null) {
      return Health.outOfService().build();
    }
    Health.Builder health = switch (state) {
      case CREATED, REBALANCING, RUNNING -> Health.up();
      case PENDING_ERROR, ERROR -> Health.down();
      case PENDING_SHUTDOWN, NOT_RUNNING -> Health.outOfService();
    };
    return health.withDetail("state", state.name()).build();
  }
}

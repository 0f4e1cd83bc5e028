package dev.vigil.analytics;

import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Reports the Kafka Streams client's state, so an instance whose threads all died shows as down, and down with the
 * reason once failed stream threads were replaced as often as allowed.
 */
final class StreamsHealthIndicator implements HealthIndicator {

  private final AnalyticsStreams streams;
  private final ThreadReplacements replacements;

  StreamsHealthIndicator(AnalyticsStreams streams, ThreadReplacements replacements) {
    this.streams = streams;
    this.replacements = replacements;
  }

  @Override
  public Health health() {
    String givenUp = replacements.givenUp();
    if (givenUp != null) {
      KafkaStreams.State state = streams.state();
      return Health.down().withDetail("state", state == null ? "NOT_RUNNING" : state.name())
          .withDetail("reason", givenUp).build();
    }
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

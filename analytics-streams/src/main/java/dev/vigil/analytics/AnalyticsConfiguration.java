package dev.vigil.analytics;

import dev.vigil.contracts.topic.StateDeadLetters;
import dev.vigil.contracts.topic.Topic;
import dev.vigil.contracts.topic.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/** Wires the topology's runtime: the topics this service owns, its metrics and the streams lifecycle. */
@Configuration(proxyBeanMethods = false)
class AnalyticsConfiguration {

  @Bean
  KafkaAdmin.NewTopics ownedTopics(AnalyticsProperties properties) {
    return new KafkaAdmin.NewTopics(Stream.of(Topics.SERVICE_STATS, Topics.ALERTS, Topics.MONITOR_STATUS,
            Topics.PROBE_RESULTS.deadLetter(), StateDeadLetters.MONITOR_HEALTH)
        .map(topic -> newTopic(topic, properties.replicationFactor()))
        .toArray(NewTopic[]::new));
  }

  @Bean
  AnalyticsMetrics analyticsMetrics(MeterRegistry registry) {
    return new AnalyticsMetrics(registry);
  }

  @Bean
  ThreadReplacements threadReplacements(AnalyticsProperties properties, AnalyticsMetrics metrics) {
    return new ThreadReplacements(properties.threadReplacement(), metrics, Clock.systemUTC());
  }

  @Bean
  AnalyticsStreams analyticsStreams(AnalyticsProperties properties, KafkaProperties kafka, AnalyticsMetrics metrics,
      MeterRegistry registry, ThreadReplacements replacements) {
    return new AnalyticsStreams(properties, kafka.buildStreamsProperties(), metrics, registry, replacements);
  }

  @Bean
  StreamsHealthIndicator kafkaStreamsHealthIndicator(AnalyticsStreams streams, ThreadReplacements replacements) {
    return new StreamsHealthIndicator(streams, replacements);
  }

  private static NewTopic newTopic(Topic<?, ?> topic, short replicas) {
    return TopicBuilder.name(topic.name()).partitions(topic.partitions()).replicas(replicas)
        .configs(topic.configs()).build();
  }
}

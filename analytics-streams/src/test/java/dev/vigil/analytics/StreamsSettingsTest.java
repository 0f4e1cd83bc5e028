package dev.vigil.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

class StreamsSettingsTest {

  /** The service's defaults; the state folder is the one setting without a default. */
  private static final AnalyticsProperties DEFAULTS = new Binder(new MapConfigurationPropertySource(
      Map.of("vigil.analytics.state-dir", "target/streams-settings-test")))
      .bindOrCreate("vigil.analytics", AnalyticsProperties.class);

  @Test
  void aSecuredKafkaConfiguredUnderSpringKafkaReachesTheStreamsClients() {
    Properties config = StreamsSettings.of(DEFAULTS, springKafka(Map.of(
        "spring.kafka.bootstrap-servers", "kafka-0.kafka:9093",
        "spring.kafka.security.protocol", "SASL_SSL",
        "spring.kafka.properties.sasl.mechanism", "SCRAM-SHA-512")));

    assertThat(config)
        .containsEntry(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, List.of("kafka-0.kafka:9093"))
        .containsEntry(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL")
        .containsEntry(SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512");
  }

  @Test
  void theDeploymentCannotWeakenExactlyOnceOrRenameTheApplication() {
    Properties config = StreamsSettings.of(DEFAULTS, springKafka(Map.of(
        "spring.kafka.streams.application-id", "someone-else",
        "spring.kafka.streams.properties.processing.guarantee", "at_least_once")));

    assertThat(config)
        .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2)
        .containsEntry(StreamsConfig.APPLICATION_ID_CONFIG, DEFAULTS.applicationId());
  }

  private static Map<String, Object> springKafka(Map<String, String> settings) {
    return new Binder(new MapConfigurationPropertySource(settings))
        .bindOrCreate("spring.kafka", KafkaProperties.class)
        .buildStreamsProperties();
  }
}

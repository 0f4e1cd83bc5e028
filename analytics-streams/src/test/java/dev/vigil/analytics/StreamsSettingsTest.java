package dev.vigil.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.ProducerConfig;
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

  @Test
  void theStreamsProducerLingersOnlyAsLongAsConfigured() {
    Properties config = StreamsSettings.of(bound(Map.of("vigil.analytics.batching.producer-linger", "7ms")),
        Map.of());

    assertThat(config).containsEntry(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 7L);
  }

  @Test
  void theRecordCacheHasTheConfiguredSize() {
    Properties config = StreamsSettings.of(bound(Map.of("vigil.analytics.batching.record-cache", "2MB")), Map.of());

    assertThat(config).containsEntry(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 2L * 1024 * 1024);
  }

  private static AnalyticsProperties bound(Map<String, String> settings) {
    var all = new HashMap<>(settings);
    all.put("vigil.analytics.state-dir", "target/streams-settings-test");
    return new Binder(new MapConfigurationPropertySource(all)).bindOrCreate("vigil.analytics",
        AnalyticsProperties.class);
  }

  private static Map<String, Object> springKafka(Map<String, String> settings) {
    return new Binder(new MapConfigurationPropertySource(settings))
        .bindOrCreate("spring.kafka", KafkaProperties.class)
        .buildStreamsProperties();
  }
}

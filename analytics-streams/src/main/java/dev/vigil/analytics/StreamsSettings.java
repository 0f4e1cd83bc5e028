package dev.vigil.analytics;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;

/**
 * The Kafka Streams configuration derived from the settings, shared by the application, the integration tests and
 * the benchmark so they all run the same guarantees.
 */
public final class StreamsSettings {

  private StreamsSettings() {
  }

  /**
   * Values that cannot be read never reach these handlers (the results source reads them as dead letters); what is
   * left is a probe-results key that is not a UUID, which no Vigil producer writes and which is skipped and counted in
   * Kafka Streams' dropped-records metric, and failures outside the health processor, which are logged and skipped.
   */
  public static Properties of(AnalyticsProperties p, String bootstrapServers) {
    return of(p, Map.of(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
  }

  /**
   * The same over a deployment's connection settings: Spring Boot's {@code spring.kafka.*} Streams view (bootstrap
   * servers, security protocol, SASL, SSL, {@code spring.kafka.properties.*}), so analytics reaches a secured Kafka
   * exactly as the other services do. Vigil's own guarantees are set over it and cannot be weakened there.
   */
  public static Properties of(AnalyticsProperties p, Map<String, ?> connection) {
    var props = new Properties();
    props.putAll(connection);
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, p.applicationId());
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    props.put(StreamsConfig.STATE_DIR_CONFIG, p.stateDir());
    props.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, p.standbyReplicas());
    props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, p.streamThreads());
    props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, p.commitInterval().toMillis());
    props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) p.replicationFactor());
    props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class);
    props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueProcessingExceptionHandler.class);
    props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
    props.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), p.batching().producerLinger().toMillis());
    props.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, p.batching().recordCache().toBytes());
    return props;
  }
}

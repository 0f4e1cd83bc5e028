package dev.vigil.analytics;

import dev.vigil.analytics.topology.AnalyticsTopology;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the topology for the application's lifetime; started after the topics were declared, closed with a bounded
 * wait so a broker that is already gone cannot block shutdown.
 */
final class AnalyticsStreams implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(AnalyticsStreams.class);

  private final AnalyticsProperties properties;
  private final Map<String, Object> connection;
  private final AnalyticsMetrics metrics;
  private final MeterRegistry registry;
  private final ThreadReplacements replacements;
  private @Nullable KafkaStreams streams;
  private @Nullable KafkaStreamsMetrics streamsMetrics;

  AnalyticsStreams(AnalyticsProperties properties, Map<String, Object> connection, AnalyticsMetrics metrics,
      MeterRegistry registry, ThreadReplacements replacements) {
    this.properties = properties;
    this.connection = Map.copyOf(connection);
    this.metrics = metrics;
    this.registry = registry;
    this.replacements = replacements;
  }

  @Override
  public synchronized void start() {
    var started = new KafkaStreams(AnalyticsTopology.build(properties, metrics),
        StreamsSettings.of(properties, connection));
    started.setUncaughtExceptionHandler(replacements);
    started.setStateListener((next, previous) -> log.atInfo().addKeyValue("from", previous)
        .addKeyValue("to", next).log("kafka streams state changed"));
    streamsMetrics = new KafkaStreamsMetrics(started);
    streamsMetrics.bindTo(registry);
    started.start();
    streams = started;
  }

  @Override
  public synchronized void stop() {
    if (streams != null) {
      streams.close(properties.closeTimeout());
      streams = null;
    }
    if (streamsMetrics != null) {
      streamsMetrics.close();
      streamsMetrics = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return streams != null;
  }

  synchronized KafkaStreams.@Nullable State state() {
    return streams == null ? null : streams.state();
  }
}

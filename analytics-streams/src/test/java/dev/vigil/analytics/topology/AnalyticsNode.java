package dev.vigil.analytics.topology;

import dev.vigil.analytics.AnalyticsMetrics;
import dev.vigil.analytics.StreamsSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/**
 * One analytics instance on the real broker, in its own JVM so a test can kill it with SIGKILL (no shutdown hook, no
 * close, an open transaction left behind) exactly as a crashed pod dies. Arguments: bootstrap servers, application
 * id, state directory, and optionally {@code silence} for the settings that watch silence closely.
 */
final class AnalyticsNode {

  /** The broker's smallest allowed session, so the group notices a killed instance quickly. */
  private static final int SESSION_TIMEOUT_MS = 6000;

  private AnalyticsNode() {
  }

  static KafkaStreams start(String bootstrap, String applicationId, String stateDir) {
    return start(bootstrap, TestSettings.onBroker(applicationId, stateDir));
  }

  static KafkaStreams start(String bootstrap, dev.vigil.analytics.AnalyticsProperties properties) {
    Properties config = StreamsSettings.of(properties, bootstrap);
    config.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), SESSION_TIMEOUT_MS);
    var streams = new KafkaStreams(AnalyticsTopology.build(properties,
        new AnalyticsMetrics(new SimpleMeterRegistry())), config);
    streams.start();
    return streams;
  }

  public static void main(String[] args) throws InterruptedException {
    boolean silence = args.length > 3 && "silence".equals(args[3]);
    start(args[0], silence ? TestSettings.silenceOnBroker(args[1], args[2]) : TestSettings.onBroker(args[1], args[2]));
    new CountDownLatch(1).await();
  }
}

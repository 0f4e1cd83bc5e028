package dev.vigil.analytics.topology;

import dev.vigil.analytics.AnalyticsProperties;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The application's defaults, with the few settings the tests vary. */
final class TestSettings {

  /** The service's own batching defaults, as Spring binds them. */
  static final AnalyticsProperties.Batching BATCHING = new Binder(new MapConfigurationPropertySource(Map.of()))
      .bindOrCreate("vigil.analytics.batching", AnalyticsProperties.Batching.class);

  private TestSettings() {
  }

  /**
   * Rules other than the statistics are tested with hourly windows only: every new window-store segment is a RocksDB
   * instance to open, and minute windows would open one per simulated minute.
   */
  static AnalyticsProperties defaults() {
    return with(Duration.ofMinutes(30), List.of(Duration.ofHours(1)), Duration.ofMinutes(1));
  }

  /** The defaults with a shorter SLA period, so a test can spend and regain a whole period's budget. */
  static AnalyticsProperties withSlaPeriodDays(int days) {
    var d = defaults();
    return new AnalyticsProperties(d.applicationId(), d.stateDir(), d.standbyReplicas(), d.streamThreads(),
        d.commitInterval(), d.replicationFactor(), d.closeTimeout(), d.cooldown(), d.statusRefresh(), d.windows(),
        d.silence(), new AnalyticsProperties.Sla(days, d.sla().fastBurnRate(), d.sla().slowBurnRate(),
            d.sla().burnWindowCoverage()), d.threadReplacement(), d.batching());
  }

  static AnalyticsProperties withWindows(List<Duration> sizes, Duration grace) {
    return with(Duration.ofMinutes(30), sizes, grace);
  }

  static AnalyticsProperties with(Duration cooldown, List<Duration> sizes, Duration grace) {
    return new AnalyticsProperties("vigil-analytics-test", "target/kafka-streams-test", 0, 1,
        Duration.ofMillis(100), (short) 1, Duration.ofSeconds(5), cooldown, Duration.ofMinutes(1),
        new AnalyticsProperties.Windows(sizes, grace, Duration.ofMinutes(5), 0.01),
        new AnalyticsProperties.Silence(2, Duration.ofSeconds(30), Duration.ofMinutes(2)),
        new AnalyticsProperties.Sla(30, 14.4, 6, 1.0),
        new AnalyticsProperties.ThreadReplacement(5, Duration.ofMinutes(10)), BATCHING);
  }

  /**
   * For runs on the real broker whose alerts are recomputed independently: no cooldown, and silence detection far
   * beyond the run's length, so only streaks and recoveries raise alerts.
   */
  static AnalyticsProperties onBroker(String applicationId, String stateDir) {
    return new AnalyticsProperties(applicationId, stateDir, 0, 1, Duration.ofMillis(100), (short) 1,
        Duration.ofSeconds(5), Duration.ZERO, Duration.ofMinutes(1),
        new AnalyticsProperties.Windows(List.of(Duration.ofHours(1)), Duration.ofMinutes(1), Duration.ofMinutes(5),
            0.01),
        new AnalyticsProperties.Silence(10_000, Duration.ofSeconds(30), Duration.ofMinutes(2)),
        new AnalyticsProperties.Sla(30, 14.4, 6, 1.0),
        new AnalyticsProperties.ThreadReplacement(5, Duration.ofMinutes(10)), BATCHING);
  }

  /**
   * For runs on the real broker that watch silence: two missed intervals, checked every 200 ms, so a check after a
   * restart runs long before a backlog could be read.
   */
  static AnalyticsProperties silenceOnBroker(String applicationId, String stateDir) {
    return new AnalyticsProperties(applicationId, stateDir, 0, 1, Duration.ofMillis(100), (short) 1,
        Duration.ofSeconds(5), Duration.ZERO, Duration.ofMinutes(1),
        new AnalyticsProperties.Windows(List.of(Duration.ofHours(1)), Duration.ofMinutes(1), Duration.ofMinutes(5),
            0.01),
        new AnalyticsProperties.Silence(2, Duration.ofMillis(200), Duration.ofMinutes(2)),
        new AnalyticsProperties.Sla(30, 14.4, 6, 1.0),
        new AnalyticsProperties.ThreadReplacement(5, Duration.ofMinutes(10)), BATCHING);
  }
}

package dev.vigil.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.util.unit.DataSize;

class ThreadReplacementsTest {

  private static final Instant START = Instant.parse("2026-03-02T00:00:00Z");
  private static final AnalyticsProperties.ThreadReplacement THREE_IN_TEN_MINUTES =
      new AnalyticsProperties.ThreadReplacement(3, Duration.ofMinutes(10));

  private final AnalyticsMetrics metrics = new AnalyticsMetrics(new SimpleMeterRegistry());
  private final MovableClock clock = new MovableClock();
  private final ThreadReplacements replacements = new ThreadReplacements(THREE_IN_TEN_MINUTES, metrics, clock);

  @Test
  void failedThreadsAreReplacedUpToTheBound() {
    for (int failure = 0; failure < 3; failure++) {
      assertThat(replacements.handle(new IllegalStateException("boom")))
          .isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
    }
    assertThat(replacements.givenUp()).isNull();
    assertThat(metrics.count("vigil.analytics.stream.threads", "outcome", "replaced")).isEqualTo(3);
  }

  @Test
  void theFailureBeyondTheBoundStopsTheInstanceAndTurnsHealthDownWithTheReason() {
    for (int failure = 0; failure < 3; failure++) {
      replacements.handle(new IllegalStateException("boom"));
    }

    assertThat(replacements.handle(new IllegalStateException("boom again")))
        .isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
    var health = new StreamsHealthIndicator(unstartedStreams(), replacements).health();
    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat((String) health.getDetails().get("reason")).contains("4 times within 10m").contains("boom again");
    assertThat(metrics.count("vigil.analytics.stream.threads", "outcome", "given_up")).isEqualTo(1);
  }

  @Test
  void replacementsOlderThanThePeriodNoLongerCount() {
    for (int failure = 0; failure < 3; failure++) {
      replacements.handle(new IllegalStateException("boom"));
    }
    clock.now = START.plus(Duration.ofMinutes(11));

    assertThat(replacements.handle(new IllegalStateException("boom")))
        .isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
  }

  private AnalyticsStreams unstartedStreams() {
    var properties = new AnalyticsProperties("vigil-analytics-test", "target/thread-replacements-test", 0, 1,
        Duration.ofMillis(100), (short) 1, Duration.ofSeconds(5), Duration.ofMinutes(30), Duration.ofMinutes(1),
        new AnalyticsProperties.Windows(java.util.List.of(Duration.ofHours(1)), Duration.ofMinutes(1),
            Duration.ofMinutes(5), 0.01),
        new AnalyticsProperties.Silence(2, Duration.ofSeconds(30), Duration.ofMinutes(2)),
        new AnalyticsProperties.Sla(30, 14.4, 6, 1.0), THREE_IN_TEN_MINUTES,
        new AnalyticsProperties.Batching(Duration.ofMillis(5), DataSize.ofMegabytes(10)));
    return new AnalyticsStreams(properties, Map.of(), metrics, new SimpleMeterRegistry(), replacements);
  }

  private static final class MovableClock extends Clock {

    Instant now = START;

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}

package dev.vigil.analytics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces a failed stream thread up to the configured number of times within the sliding period, then stops the
 * instance and keeps the reason for the health indicator: an error that recurs on every attempt is a loop, not a
 * hiccup, and an instance that loops while reporting UP hides that analytics does nothing.
 */
final class ThreadReplacements implements StreamsUncaughtExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ThreadReplacements.class);

  private final AnalyticsProperties.ThreadReplacement bound;
  private final AnalyticsMetrics metrics;
  private final Clock clock;
  private final Deque<Instant> recent = new ArrayDeque<>();
  private @Nullable String givenUp;

  ThreadReplacements(AnalyticsProperties.ThreadReplacement bound, AnalyticsMetrics metrics, Clock clock) {
    this.bound = bound;
    this.metrics = metrics;
    this.clock = clock;
  }

  @Override
  public synchronized StreamThreadExceptionResponse handle(Throwable failure) {
    Instant now = clock.instant();
    Instant horizon = now.minus(bound.within());
    while (!recent.isEmpty() && recent.peekFirst().isBefore(horizon)) {
      recent.removeFirst();
    }
    if (recent.size() >= bound.max()) {
      givenUp = "stream thread failed %d times within %s; last failure: %s".formatted(recent.size() + 1,
          describe(bound.within()), failure);
      metrics.streamThreadsGivenUp();
      log.atError().setCause(failure).addKeyValue("replacements", recent.size())
          .addKeyValue("within", bound.within()).log("stream threads keep failing, stopping the instance");
      return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    }
    recent.addLast(now);
    metrics.streamThreadReplaced();
    log.atError().setCause(failure).addKeyValue("replacements", recent.size())
        .addKeyValue("within", bound.within()).log("stream thread failed, replacing it");
    return StreamThreadExceptionResponse.REPLACE_THREAD;
  }

  /** Why the instance stopped replacing threads, or nothing while it still does. */
  synchronized @Nullable String givenUp() {
    return givenUp;
  }

  private static String describe(Duration duration) {
    return duration.toString().substring(2).toLowerCase(Locale.ROOT);
  }
}

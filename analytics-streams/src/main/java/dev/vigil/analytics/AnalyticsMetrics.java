package dev.vigil.analytics;

import dev.vigil.contracts.alert.AlertType;
import dev.vigil.contracts.topic.DeadLetterReason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Locale;

/** The counters the topology raises, so operators see dropped, dead-lettered and alerted records in Prometheus. */
public final class AnalyticsMetrics {

  private static final String SET_ASIDE = "vigil.analytics.state.entries.set.aside";
  private static final String STREAM_THREADS = "vigil.analytics.stream.threads";
  private static final String REPLACED = "replaced";
  private static final String GIVEN_UP = "given_up";

  private final MeterRegistry registry;

  /**
   * The counters alert rules watch are registered at zero, so a rule can tell "none yet" from "not exported" and the
   * series exists before the first increment.
   */
  public AnalyticsMetrics(MeterRegistry registry) {
    this.registry = registry;
    for (DeadLetterReason reason : List.of(DeadLetterReason.DESERIALIZATION, DeadLetterReason.PROCESSING)) {
      counter(SET_ASIDE, "reason", reason.headerValue());
    }
    counter(STREAM_THREADS, "outcome", REPLACED);
    counter(STREAM_THREADS, "outcome", GIVEN_UP);
  }

  public void deadLettered(DeadLetterReason reason) {
    counter("vigil.analytics.dead.letters", "reason", reason.headerValue()).increment();
  }

  /** A health entry that could not be read or judged was set aside to its dead-letter topic. */
  public void stateEntrySetAside(DeadLetterReason reason) {
    counter(SET_ASIDE, "reason", reason.headerValue()).increment();
  }

  public void streamThreadReplaced() {
    counter(STREAM_THREADS, "outcome", REPLACED).increment();
  }

  /** Counted once when the bound is reached and the instance stops; the health indicator turns DOWN with it. */
  public void streamThreadsGivenUp() {
    counter(STREAM_THREADS, "outcome", GIVEN_UP).increment();
  }

  public void unknownMonitorResult() {
    counter("vigil.analytics.results.unknown.monitor", "outcome", "dropped").increment();
  }

  public void alertEmitted(AlertType type) {
    counter("vigil.analytics.alerts", "type", type.name().toLowerCase(Locale.ROOT)).increment();
  }

  public void alertSuppressed(AlertType type, String why) {
    Counter.builder("vigil.analytics.alerts.suppressed")
        .tag("type", type.name().toLowerCase(Locale.ROOT)).tag("why", why)
        .register(registry).increment();
  }

  public void incident(String transition) {
    counter("vigil.analytics.incidents", "transition", transition).increment();
  }

  public double count(String name, String tag, String value) {
    Counter found = registry.find(name).tag(tag, value).counter();
    return found == null ? 0 : found.count();
  }

  private Counter counter(String name, String tag, String value) {
    return Counter.builder(name).tag(tag, value).register(registry);
  }
}

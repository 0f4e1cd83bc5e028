package dev.vigil.analytics;

import dev.vigil.contracts.alert.AlertType;
import dev.vigil.contracts.topic.DeadLetterReason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;

/** The counters the topology raises, so operators see dropped, dead-lettered and alerted records in Prometheus. */
public final class AnalyticsMetrics {

  private final MeterRegistry registry;

  public AnalyticsMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  public void deadLettered(DeadLetterReason reason) {
    counter("vigil.analytics.dead.letters", "reason", reason.headerValue()).increment();
  }

  /** A health entry that could not be read or judged was set aside to its dead-letter topic. */
  public void stateEntrySetAside(DeadLetterReason reason) {
    counter("vigil.analytics.state.entries.set.aside", "reason", reason.headerValue()).increment();
  }

  public void streamThreadReplaced() {
    counter("vigil.analytics.stream.threads", "outcome", "replaced").increment();
  }

  /** Counted once when the bound is reached and the instance stops; the health indicator turns DOWN with it. */
  public void streamThreadsGivenUp() {
    counter("vigil.analytics.stream.threads", "outcome", "given_up").increment();
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

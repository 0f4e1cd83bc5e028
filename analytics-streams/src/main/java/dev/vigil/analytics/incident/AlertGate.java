package dev.vigil.analytics.incident;

import dev.vigil.analytics.AnalyticsMetrics;
import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.alert.AlertDetails;
import dev.vigil.contracts.alert.AlertId;
import dev.vigil.contracts.alert.AlertType;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way out for alerts: nothing leaves inside a maintenance window, the same type is not repeated within the
 * cooldown (recoveries and the reminders a monitor asked for are exempt), and every alert gets its deterministic id.
 */
final class AlertGate {

  private static final Logger log = LoggerFactory.getLogger(AlertGate.class);
  private static final Set<AlertType> EXEMPT_FROM_COOLDOWN = Set.of(AlertType.RECOVERY, AlertType.STILL_DOWN);

  private final Duration cooldown;
  private final AnalyticsMetrics metrics;

  AlertGate(Duration cooldown, AnalyticsMetrics metrics) {
    this.cooldown = cooldown;
    this.metrics = metrics;
  }

  /** Whether the alert was emitted (added to {@code out}); a suppressed alert leaves the state untouched. */
  boolean raise(MonitorSnapshot monitor, HealthState state, AlertType type, String discriminator, Instant at,
      AlertDetails details, List<Emission> out) {
    return raise(monitor, state, type, discriminator, at, details, false, out);
  }

  /** An escalation (a fast burn after a slow one) is worth saying even within the cooldown of its type. */
  boolean raise(MonitorSnapshot monitor, HealthState state, AlertType type, String discriminator, Instant at,
      AlertDetails details, boolean escalation, List<Emission> out) {
    if (Maintenance.covers(monitor, at)) {
      metrics.alertSuppressed(type, "maintenance");
      return false;
    }
    Long last = state.lastAlertMs.get(type);
    boolean cooling = last != null && at.toEpochMilli() - last < cooldown.toMillis();
    if (cooling && !escalation && !EXEMPT_FROM_COOLDOWN.contains(type)) {
      metrics.alertSuppressed(type, "cooldown");
      return false;
    }
    state.lastAlertMs.put(type, at.toEpochMilli());
    var alert = new Alert(AlertId.of(monitor.id(), type, discriminator), type, monitor.id(), monitor.tenant(),
        monitor.name(), state.incidentId, details, at);
    out.add(new Emission.AlertRaised(alert));
    metrics.alertEmitted(type);
    log.atInfo().addKeyValue("monitorId", monitor.id()).addKeyValue("alertId", alert.id())
        .addKeyValue("type", type).addKeyValue("incidentId", state.incidentId).addKeyValue("occurredAt", at)
        .log("alert emitted");
    return true;
  }

  static AlertDetails details(@Nullable Integer streak, @Nullable Long downtimeSeconds, List<String> failingRegions,
      @Nullable String message) {
    return new AlertDetails(streak, downtimeSeconds, null, null, null, null, null, null, null, null, null,
        failingRegions, null, null, message);
  }
}

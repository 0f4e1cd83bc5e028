package dev.vigil.analytics.incident;

import dev.vigil.analytics.AnalyticsProperties;
import dev.vigil.contracts.alert.AlertType;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.contracts.status.MonitorState;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Silence in probe time: a monitor is missing when its partition's results moved on by more than the allowed
 * intervals without one of its own, or when no result came at all since it was defined (created, changed or
 * re-enabled) plus a grace period for the scheduler and probers to pick it up. Each silence is reported once.
 */
final class SilenceRules {

  private static final Logger log = LoggerFactory.getLogger(SilenceRules.class);
  private static final long MILLIS = 1000;

  private final AnalyticsProperties.Silence silence;
  private final AlertGate gate;

  SilenceRules(AnalyticsProperties.Silence silence, AlertGate gate) {
    this.silence = silence;
    this.gate = gate;
  }

  /** Whether the monitor was found silent just now; {@code s} is then changed and belongs in the store. */
  boolean check(MonitorSnapshot monitor, long definedAtMs, HealthState s, long nowMs, List<Emission> out) {
    boolean started = s.lastResultStartedMs != HealthState.NONE && s.lastResultStartedMs >= definedAtMs;
    long since = started ? s.lastResultStartedMs : definedAtMs;
    long allowed = monitor.intervalSeconds() * MILLIS * silence.factor()
        + (started ? 0 : silence.firstResultGrace().toMillis());
    long silentFor = nowMs - since;
    boolean reported = s.state == MonitorState.UNKNOWN && s.sinceMs >= since;
    if (silentFor <= allowed || reported) {
      return false;
    }
    s.state = MonitorState.UNKNOWN;
    s.sinceMs = nowMs;
    String message = started ? "no probe results for " + silentFor / MILLIS + " s"
        : "no probe result since the monitor was defined " + silentFor / MILLIS + " s ago";
    gate.raise(monitor, s, AlertType.PROBE_MISSING, (started ? "silent-after/" : "never-started/") + since,
        Instant.ofEpochMilli(nowMs), Details.downtime(silentFor / MILLIS, message), out);
    log.atInfo().addKeyValue("monitorId", monitor.id()).addKeyValue("silentSeconds", silentFor / MILLIS)
        .addKeyValue("everStarted", started).log("monitor silent, marked unknown");
    return true;
  }

}

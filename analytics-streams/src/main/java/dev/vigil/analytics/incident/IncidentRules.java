package dev.vigil.analytics.incident;

import dev.vigil.analytics.AnalyticsMetrics;
import dev.vigil.contracts.alert.AlertType;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.contracts.status.MonitorState;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streaks and incidents: the failure threshold opens an incident and announces it, the recovery threshold closes it;
 * an incident the cooldown kept quiet is announced once the cooldown allows and, if never announced, closes quietly,
 * which bounds the alerts of a flapping target to one announcement and one recovery per cooldown.
 */
final class IncidentRules {

  private static final Logger log = LoggerFactory.getLogger(IncidentRules.class);

  private final AlertGate gate;
  private final AnalyticsMetrics metrics;

  IncidentRules(AlertGate gate, AnalyticsMetrics metrics) {
    this.gate = gate;
    this.metrics = metrics;
  }

  /** Inside maintenance the streak is frozen: an outage that spans the window stays one incident. */
  void apply(MonitorSnapshot monitor, HealthState s, Verdict verdict, List<Emission> out) {
    if (Maintenance.covers(monitor, verdict.at())) {
      return;
    }
    long at = verdict.at().toEpochMilli();
    if (verdict.failing()) {
      s.consecutiveSuccesses = 0;
      s.consecutiveFailures++;
      if (s.consecutiveFailures == 1) {
        s.streakStartMs = at;
      }
      if (!s.down() && s.consecutiveFailures >= monitor.failureThreshold()) {
        open(monitor, s);
      }
      if (s.down() && !s.incidentAnnounced) {
        s.incidentAnnounced = gate.raise(monitor, s, AlertType.FAILURE_STREAK, s.incidentId.toString(),
            verdict.at(), Details.streak(s.consecutiveFailures, verdict.failingRegions(), verdict.errorKind(),
                verdict.error()), out);
      } else if (s.down()) {
        remind(monitor, s, verdict.at(), out);
      }
    } else {
      s.consecutiveFailures = 0;
      s.consecutiveSuccesses++;
      if (s.down() && s.consecutiveSuccesses >= monitor.recoveryThreshold()) {
        close(monitor, s, verdict.at(), out);
      }
    }
    s.regionProblem = verdict.regionProblem();
    s.moveTo(stateOf(s), at);
  }

  static MonitorState stateOf(HealthState s) {
    if (s.down()) {
      return MonitorState.DOWN;
    }
    return s.regionProblem || s.latencyBreached ? MonitorState.DEGRADED : MonitorState.UP;
  }

  private void open(MonitorSnapshot monitor, HealthState s) {
    String name = "vigil-incident/" + monitor.id() + "/" + s.streakStartMs;
    s.incidentId = UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    s.incidentOpenedMs = s.streakStartMs;
    s.incidentAnnounced = false;
    s.remindersSent = 0;
    metrics.incident("opened");
    log.atInfo().addKeyValue("monitorId", monitor.id()).addKeyValue("incidentId", s.incidentId)
        .addKeyValue("openedAt", Instant.ofEpochMilli(s.incidentOpenedMs))
        .addKeyValue("streak", s.consecutiveFailures).log("incident opened");
  }

  private void remind(MonitorSnapshot monitor, HealthState s, Instant at, List<Emission> out) {
    Integer every = monitor.reminderIntervalSeconds();
    if (every == null) {
      return;
    }
    int next = s.remindersSent + 1;
    Instant due = Instant.ofEpochMilli(s.incidentOpenedMs).plus(Duration.ofSeconds((long) every * next));
    if (at.isBefore(due)) {
      return;
    }
    long downFor = Duration.between(Instant.ofEpochMilli(s.incidentOpenedMs), at).toSeconds();
    if (gate.raise(monitor, s, AlertType.STILL_DOWN, s.incidentId + "/" + next, at,
        Details.downtime(downFor, null), out)) {
      s.remindersSent = next;
    }
  }

  private void close(MonitorSnapshot monitor, HealthState s, Instant at, List<Emission> out) {
    long downtime = Duration.between(Instant.ofEpochMilli(s.incidentOpenedMs), at).toSeconds();
    if (s.incidentAnnounced) {
      gate.raise(monitor, s, AlertType.RECOVERY, s.incidentId.toString(), at, Details.downtime(downtime, null), out);
    }
    metrics.incident("closed");
    log.atInfo().addKeyValue("monitorId", monitor.id()).addKeyValue("incidentId", s.incidentId)
        .addKeyValue("downtimeSeconds", downtime).addKeyValue("announced", s.incidentAnnounced)
        .log("incident closed");
    s.incidentId = null;
    s.incidentOpenedMs = HealthState.NONE;
    s.incidentAnnounced = false;
    s.remindersSent = 0;
  }
}

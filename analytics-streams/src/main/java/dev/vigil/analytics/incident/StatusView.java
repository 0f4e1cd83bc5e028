package dev.vigil.analytics.incident;

import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.contracts.status.IncidentRef;
import dev.vigil.contracts.status.MonitorState;
import dev.vigil.contracts.status.MonitorStatus;
import dev.vigil.contracts.status.WindowedLatency;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Renders a monitor's health as the public status record; a disabled monitor shows as paused. */
final class StatusView {

  private final SlaRules sla;

  StatusView(SlaRules sla) {
    this.sla = sla;
  }

  /** SLA figures are as of the latest result's event time, so a refresh on the wall clock cannot shift them. */
  MonitorStatus render(MonitorSnapshot monitor, HealthState s, Instant at) {
    MonitorState state = monitor.enabled() ? s.state : MonitorState.PAUSED;
    IncidentRef incident = s.incidentId == null ? null
        : new IncidentRef(s.incidentId, Instant.ofEpochMilli(s.incidentOpenedMs));
    List<WindowedLatency> latencies = new ArrayList<>();
    s.latestLatency.forEach((seconds, summary) -> latencies.add(new WindowedLatency(seconds, summary)));
    Instant since = s.sinceMs == HealthState.NONE ? at : Instant.ofEpochMilli(s.sinceMs);
    Instant slaAt = s.lastResultStartedMs == HealthState.NONE ? at : Instant.ofEpochMilli(s.lastResultStartedMs);
    return new MonitorStatus(monitor.id(), monitor.tenant(), state, since, s.consecutiveFailures,
        s.consecutiveSuccesses, incident, s.lastResult, latencies, sla.summary(monitor, s, slaAt), s.tlsDaysRemaining,
        at);
  }

  /** What a status reader would notice changing; streak counters alone are left to the periodic refresh. */
  static String fingerprint(HealthState s) {
    return s.state + "/" + s.incidentId + "/" + s.tlsDaysRemaining + "/" + s.slaBreached + "/" + s.latencyBreached;
  }
}

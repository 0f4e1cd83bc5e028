package dev.vigil.contracts.status;

import dev.vigil.contracts.Require;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Everything a dashboard shows about one monitor right now, kept on a compacted topic so a reader gets the current
 * state of every monitor without replaying results.
 */
public record MonitorStatus(
    UUID monitorId,
    String tenant,
    MonitorState state,
    Instant since,
    int consecutiveFailures,
    int consecutiveSuccesses,
    @Nullable IncidentRef openIncident,
    @Nullable ResultSummary lastResult,
    List<WindowedLatency> latencies,
    SlaSummary sla,
    @Nullable Integer tlsDaysRemaining,
    Instant updatedAt) {

  public MonitorStatus {
    Require.present(monitorId, "monitorId");
    Require.text(tenant, "tenant");
    Require.present(state, "state");
    Require.present(since, "since");
    Require.atLeast(consecutiveFailures, 0, "consecutiveFailures");
    Require.atLeast(consecutiveSuccesses, 0, "consecutiveSuccesses");
    latencies = Require.listOrEmpty(latencies);
    Require.present(sla, "sla");
    Require.present(updatedAt, "updatedAt");
  }
}

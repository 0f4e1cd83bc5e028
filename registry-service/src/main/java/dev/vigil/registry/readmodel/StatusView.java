package dev.vigil.registry.readmodel;

import dev.vigil.contracts.stats.LatencySummary;
import dev.vigil.contracts.status.IncidentRef;
import dev.vigil.contracts.status.MonitorState;
import dev.vigil.contracts.status.ResultSummary;
import dev.vigil.contracts.status.SlaSummary;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the dashboard shows for one monitor now; {@code latency} is keyed by window label (1m, 5m, 1h) and a monitor
 * without any status yet is unknown with everything else empty.
 */
record StatusView(
        UUID monitorId,
        MonitorState state,
        @Nullable Instant since,
        @Nullable ResultSummary lastCheck,
        @Nullable IncidentRef openIncident,
        Map<String, LatencySummary> latency,
        @Nullable SlaSummary sla,
        @Nullable Integer tlsDaysRemaining,
        @Nullable Instant updatedAt) {
}

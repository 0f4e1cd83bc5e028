package dev.vigil.console.overview;

import dev.vigil.console.status.StatusSummary;
import java.util.UUID;

/**
 * One monitor as the overview lists it: what it checks, how it is doing and its recent latency.
 *
 * @param inMaintenance whether a maintenance window covers the moment the page was drawn
 */
public record MonitorRow(UUID id, String name, String kind, String target, int intervalSeconds, boolean enabled,
        boolean inMaintenance, StatusSummary status, Sparkline latency) {
}

package dev.vigil.console.overview;

import dev.vigil.console.status.StatusSummary;
import java.util.UUID;

/** One monitor as the overview lists it: what it checks and how it is doing. */
public record MonitorRow(UUID id, String name, String kind, String target, int intervalSeconds, boolean enabled,
        StatusSummary status) {
}

package dev.vigil.registry.readmodel;

import dev.vigil.contracts.stats.ServiceStats;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The windows of one size that start within [from, to), oldest first, as analytics published them. */
record StatsSeries(UUID monitorId, String window, Instant from, Instant to, List<ServiceStats> points) {
}

package dev.vigil.registry.monitor;

import dev.vigil.contracts.monitor.MonitorSnapshot;
import java.util.List;

/** One page of a tenant's monitors, oldest first, with the total so clients can page through. */
record MonitorPage(List<MonitorSnapshot> items, int page, int size, long totalElements) {
}

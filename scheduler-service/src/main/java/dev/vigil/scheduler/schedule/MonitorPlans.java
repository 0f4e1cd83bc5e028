package dev.vigil.scheduler.schedule;

import dev.vigil.contracts.monitor.MonitorSnapshot;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns snapshots into plans and shares equal tenants and region lists between them: every record read from Kafka
 * brings its own copies, and with many monitors per tenant the copies would cost more than the monitors. Both sets
 * are small by nature (tenants, region combinations), so the tables are kept for the life of the scheduler.
 * Used by the scheduling thread only.
 */
final class MonitorPlans {

    private static final long MILLIS_PER_SECOND = 1000;

    private final List<String> allRegions;
    private final Map<String, String> tenants = new HashMap<>();
    private final Map<List<String>, List<String>> regionLists = new HashMap<>();

    MonitorPlans(List<String> allRegions) {
        this.allRegions = List.copyOf(allRegions);
    }

    MonitorPlan planFor(MonitorSnapshot snapshot) {
        return new MonitorPlan(
                snapshot.id(),
                tenants.computeIfAbsent(snapshot.tenant(), tenant -> tenant),
                snapshot.version(),
                snapshot.check(),
                regionsOf(snapshot),
                snapshot.intervalSeconds() * MILLIS_PER_SECOND);
    }

    private List<String> regionsOf(MonitorSnapshot snapshot) {
        if (snapshot.regions().isEmpty()) {
            return allRegions;
        }
        return regionLists.computeIfAbsent(snapshot.regions(), List::copyOf);
    }
}

package dev.vigil.scheduler.schedule;

import dev.vigil.contracts.monitor.MonitorSnapshot;
import java.util.List;

/**
 * Turns snapshots into compact plans whose tenants, region lists and check templates are shared between monitors.
 * Used by the scheduling thread only.
 */
final class MonitorPlans {

    private final List<String> allRegions;
    private final Interner interner = new Interner();

    MonitorPlans(List<String> allRegions) {
        this.allRegions = List.copyOf(allRegions);
    }

    MonitorPlan planFor(MonitorSnapshot snapshot) {
        CheckTemplate template = interner.intern(CheckTemplate.of(snapshot.check()),
                unshared -> unshared.withSharedParts(interner));
        return new MonitorPlan(
                snapshot.id().getMostSignificantBits(),
                snapshot.id().getLeastSignificantBits(),
                interner.intern(snapshot.tenant()),
                snapshot.version(),
                template,
                snapshot.check().target(),
                regionsOf(snapshot),
                snapshot.intervalSeconds());
    }

    /** How many distinct values the plans share, for a reader of the heap figures. */
    int sharedValues() {
        return interner.size();
    }

    private List<String> regionsOf(MonitorSnapshot snapshot) {
        if (snapshot.regions().isEmpty()) {
            return allRegions;
        }
        return interner.intern(snapshot.regions());
    }
}

package dev.vigil.scheduler.schedule;

import java.util.List;

/**
 * Turns snapshots into compact plans whose tenants, region lists and check templates are shared between monitors.
 * The feed plans each snapshot as it reads it, so a partition being loaded holds plans, not whole snapshots. Used by
 * one thread only (the feed's).
 */
public final class MonitorPlans {

    private final List<String> allRegions;
    private final Interner interner = new Interner();

    public MonitorPlans(List<String> allRegions) {
        this.allRegions = List.copyOf(allRegions);
    }

    public PlannedMonitor plan(SnapshotView snapshot) {
        return new PlannedMonitor(planFor(snapshot), snapshot.enabled());
    }

    MonitorPlan planFor(SnapshotView snapshot) {
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

    private List<String> regionsOf(SnapshotView snapshot) {
        if (snapshot.regions().isEmpty()) {
            return allRegions;
        }
        return interner.intern(snapshot.regions());
    }
}

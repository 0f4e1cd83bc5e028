package dev.vigil.scheduler;

import dev.vigil.contracts.monitor.CheckKind;
import dev.vigil.contracts.monitor.CheckSpec;
import dev.vigil.contracts.monitor.HttpCheck;
import dev.vigil.contracts.monitor.HttpMethod;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.scheduler.schedule.MonitorPlans;
import dev.vigil.scheduler.schedule.PlannedMonitor;
import dev.vigil.scheduler.schedule.SnapshotView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Valid monitor snapshots for tests, varied only in what the scheduler cares about. */
public final class TestMonitors {

    public static final String TENANT = "8c5e6f7a-1b2c-4d3e-9f40-a1b2c3d4e5f6";
    private static final int TIMEOUT_MS = 500;

    private TestMonitors() {
    }

    /** The monitor as the feed hands it to the schedule, planned for the one region "local". */
    public static PlannedMonitor planned(UUID id, int intervalSeconds) {
        return planned(monitor(id, intervalSeconds));
    }

    public static PlannedMonitor planned(UUID id, int intervalSeconds, List<String> regions, boolean enabled,
            long version) {
        return planned(monitor(id, intervalSeconds, regions, enabled, version));
    }

    public static PlannedMonitor planned(MonitorSnapshot snapshot) {
        return new MonitorPlans(List.of("local")).plan(view(snapshot));
    }

    /** What the feed reads of the snapshot. */
    public static SnapshotView view(MonitorSnapshot snapshot) {
        return new SnapshotView(snapshot.id(), snapshot.tenant(), snapshot.check(), snapshot.intervalSeconds(),
                snapshot.regions(), snapshot.enabled(), snapshot.version());
    }

    public static MonitorSnapshot monitor(UUID id, int intervalSeconds) {
        return monitor(id, intervalSeconds, List.of(), true, 1);
    }

    public static MonitorSnapshot monitor(UUID id, int intervalSeconds, List<String> regions, boolean enabled,
            long version) {
        return monitor(id, check(id), intervalSeconds, regions, enabled, version);
    }

    public static MonitorSnapshot monitor(UUID id, CheckSpec check, int intervalSeconds, List<String> regions,
            boolean enabled, long version) {
        return new MonitorSnapshot(id, TENANT, "api " + id, check, intervalSeconds,
                MonitorSnapshot.DEFAULT_FAILURE_THRESHOLD, MonitorSnapshot.DEFAULT_RECOVERY_THRESHOLD, null,
                MonitorSnapshot.DEFAULT_SLA_TARGET_PERCENT, null, null,
                MonitorSnapshot.DEFAULT_TLS_EXPIRY_WARNING_DAYS, regions, null, List.of(), enabled, version,
                Instant.parse("2026-03-14T09:00:00Z"));
    }

    public static CheckSpec check(UUID id) {
        var http = new HttpCheck(HttpMethod.GET, Map.of(), null, List.of(), true, HttpCheck.DEFAULT_MAX_BODY_BYTES);
        return new CheckSpec(CheckKind.HTTP, "https://" + id + ".example.com/health", TIMEOUT_MS, http, null,
                List.of(), null, null);
    }
}

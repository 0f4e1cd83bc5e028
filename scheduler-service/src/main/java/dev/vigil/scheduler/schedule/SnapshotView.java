package dev.vigil.scheduler.schedule;

import dev.vigil.contracts.Require;
import dev.vigil.contracts.monitor.CheckSpec;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import java.util.List;
import java.util.UUID;

/**
 * The fields of a {@link MonitorSnapshot} the scheduler uses, read from the snapshot's JSON with the contract's own
 * mapper, which skips every other field. Most of a rebuild is decoding JSON, and a whole snapshot also brings the
 * name, thresholds, maintenance windows and timestamps the scheduler never looks at. The check is read as the
 * contract's {@link CheckSpec}, validated as always, so requests carry exactly the check the registry published.
 */
public record SnapshotView(UUID id, String tenant, CheckSpec check, int intervalSeconds, List<String> regions,
        boolean enabled, long version) {

    public SnapshotView {
        Require.present(id, "id");
        Require.text(tenant, "tenant");
        Require.present(check, "check");
        Require.atLeast(intervalSeconds, 1, "intervalSeconds");
        regions = Require.listOrEmpty(regions);
        regions.forEach(region -> Require.text(region, "regions"));
        Require.atLeast(version, 0, "version");
    }
}

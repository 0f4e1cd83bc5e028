package dev.vigil.registry.tenant;

import dev.vigil.contracts.monitor.MaintenanceWindow;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a tenant has configured for all of its monitors: a quota override and tenant-wide maintenance windows. */
public record TenantSettings(@Nullable Integer maxActiveMonitors, List<MaintenanceWindow> maintenanceWindows) {

    public TenantSettings {
        maintenanceWindows = List.copyOf(maintenanceWindows);
    }
}

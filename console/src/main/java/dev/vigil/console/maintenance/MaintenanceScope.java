package dev.vigil.console.maintenance;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Whose windows a page shows: the tenant's, which apply to all its monitors, or one monitor's own.
 *
 * @param monitorId the monitor, or null for the tenant's windows
 */
public record MaintenanceScope(@Nullable UUID monitorId) {

    static final MaintenanceScope TENANT = new MaintenanceScope(null);

    static MaintenanceScope monitor(UUID id) {
        return new MaintenanceScope(id);
    }

    /** The console's page for this scope; its forms post to it too. */
    public String page() {
        return monitorId == null ? "/maintenance" : "/monitors/" + monitorId + "/maintenance";
    }

    /** The JSON path of window {@code index} in the request that writes the list, as the API names fields. */
    String windowPath(int index) {
        return (monitorId == null ? "" : "maintenanceWindows") + "[" + index + "]";
    }
}

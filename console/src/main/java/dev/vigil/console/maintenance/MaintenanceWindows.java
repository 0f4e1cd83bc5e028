package dev.vigil.console.maintenance;

import dev.vigil.console.api.ApiClient;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Reads and writes a scope's windows through the API. Both APIs replace the whole list, so a change is the list
 * as read with one window added or taken out.
 */
@Component
class MaintenanceWindows {

    private static final String TENANT_WINDOWS = "/api/v1/maintenance-windows";
    private static final String MONITORS = "/api/v1/monitors/";

    private final ApiClient api;

    MaintenanceWindows(ApiClient api) {
        this.api = api;
    }

    /**
     * @param title what the page is about
     * @param windows the windows as the API gave them
     */
    record Listed(String title, List<JsonNode> windows) {
    }

    Listed read(String token, MaintenanceScope scope) {
        if (scope.monitorId() == null) {
            return new Listed("Maintenance windows for all monitors",
                    api.get(token, TENANT_WINDOWS).valueStream().toList());
        }
        JsonNode monitor = api.monitor(token, scope.monitorId());
        return new Listed("Maintenance windows of " + monitor.path("name").asString(),
                monitor.path("maintenanceWindows").valueStream().toList());
    }

    void write(String token, MaintenanceScope scope, List<?> windows) {
        if (scope.monitorId() == null) {
            api.put(token, TENANT_WINDOWS, windows);
        } else {
            api.patch(token, MONITORS + scope.monitorId(), Map.of("maintenanceWindows", windows));
        }
    }
}

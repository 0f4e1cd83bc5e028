package dev.vigil.registry.maintenance;

import dev.vigil.contracts.monitor.MaintenanceWindow;
import dev.vigil.registry.monitor.TenantRepublisher;
import dev.vigil.registry.tenant.TenantSettingsStore;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces a tenant's maintenance windows and republishes its monitors in the same transaction, with the tenant's
 * row locked, so no monitor is published with the old windows after the new ones are committed.
 */
@Service
class MaintenanceService {

    private static final Logger log = LoggerFactory.getLogger(MaintenanceService.class);

    private final TenantSettingsStore tenants;
    private final TenantRepublisher republisher;

    MaintenanceService(TenantSettingsStore tenants, TenantRepublisher republisher) {
        this.tenants = tenants;
        this.republisher = republisher;
    }

    @Transactional(readOnly = true)
    List<MaintenanceWindow> windows(String tenant) {
        return tenants.read(tenant).maintenanceWindows();
    }

    @Transactional
    void replace(String tenant, List<MaintenanceWindow> windows) {
        tenants.setMaintenanceWindows(tenant, windows);
        int republished = republisher.republish(tenant, windows);
        log.atInfo()
                .addKeyValue("tenant", tenant)
                .addKeyValue("windows", windows.size())
                .addKeyValue("monitorsRepublished", republished)
                .log("tenant maintenance windows replaced");
    }
}

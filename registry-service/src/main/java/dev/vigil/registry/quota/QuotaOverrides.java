package dev.vigil.registry.quota;

import dev.vigil.registry.tenant.TenantSettingsStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores per-tenant quota overrides under the tenant's lock, so a change never lands in the middle of a create. */
@Service
class QuotaOverrides {

    private static final Logger log = LoggerFactory.getLogger(QuotaOverrides.class);

    private final TenantSettingsStore tenants;

    QuotaOverrides(TenantSettingsStore tenants) {
        this.tenants = tenants;
    }

    @Transactional
    void set(String tenant, @Nullable Integer maxActiveMonitors) {
        tenants.setMaxActiveMonitors(tenant, maxActiveMonitors);
        log.atInfo()
                .addKeyValue("tenant", tenant)
                .addKeyValue("maxActiveMonitors", maxActiveMonitors)
                .log("quota override set");
    }
}

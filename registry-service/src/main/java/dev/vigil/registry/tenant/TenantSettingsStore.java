package dev.vigil.registry.tenant;

import dev.vigil.contracts.json.ContractsJson;
import dev.vigil.contracts.monitor.MaintenanceWindow;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

/**
 * The per-tenant settings row; locking it is how changes to one tenant's monitors are serialised (quota decisions,
 * republishing after a tenant-wide window change), while different tenants never wait for each other.
 */
@Repository
public class TenantSettingsStore {

    private static final TypeReference<List<MaintenanceWindow>> WINDOWS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    TenantSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the tenant's row if needed and holds its lock until the surrounding transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public TenantSettings lock(String tenant) {
        jdbc.sql("insert into tenant_settings (tenant) values (?) on conflict (tenant) do nothing")
                .param(tenant)
                .update();
        return jdbc.sql("""
                select max_active_monitors, maintenance_windows::text as windows
                from tenant_settings where tenant = ? for update
                """)
                .param(tenant)
                .query((rs, row) -> new TenantSettings(
                        rs.getObject("max_active_monitors", Integer.class), windows(rs.getString("windows"))))
                .single();
    }

    /** The current settings without a lock; a tenant that never wrote has none. */
    public TenantSettings read(String tenant) {
        return jdbc.sql("""
                select max_active_monitors, maintenance_windows::text as windows
                from tenant_settings where tenant = ?
                """)
                .param(tenant)
                .query((rs, row) -> new TenantSettings(
                        rs.getObject("max_active_monitors", Integer.class), windows(rs.getString("windows"))))
                .optional()
                .orElse(new TenantSettings(null, List.of()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void setMaxActiveMonitors(String tenant, @Nullable Integer maxActiveMonitors) {
        lock(tenant);
        jdbc.sql("update tenant_settings set max_active_monitors = ? where tenant = ?")
                .params(maxActiveMonitors, tenant)
                .update();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void setMaintenanceWindows(String tenant, List<MaintenanceWindow> windows) {
        lock(tenant);
        jdbc.sql("update tenant_settings set maintenance_windows = cast(? as jsonb) where tenant = ?")
                .params(ContractsJson.mapper().writerFor(WINDOWS).writeValueAsString(windows), tenant)
                .update();
    }

    private static List<MaintenanceWindow> windows(String json) {
        return ContractsJson.mapper().readValue(json, WINDOWS);
    }
}

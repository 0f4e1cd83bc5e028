package dev.vigil.registry.quota;

import dev.vigil.registry.RegistryProperties;
import dev.vigil.registry.tenant.TenantSettings;
import dev.vigil.registry.tenant.TenantSettingsStore;
import dev.vigil.registry.web.Problems;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides whether a tenant may have one more active monitor. The count runs while the tenant's settings row is
 * locked, so concurrent creates of one tenant queue up and each sees the rows the previous one committed: under
 * READ COMMITTED every statement takes a fresh snapshot, which is what makes lock-then-count race free.
 */
@Component
public class QuotaGuard {

    private final TenantSettingsStore tenants;
    private final JdbcClient jdbc;
    private final int defaultMax;
    private final Counter rejections;

    QuotaGuard(TenantSettingsStore tenants, JdbcClient jdbc, RegistryProperties properties, MeterRegistry meters) {
        this.tenants = tenants;
        this.jdbc = jdbc;
        this.defaultMax = properties.quota().defaultMaxActiveMonitors();
        this.rejections = Counter.builder("vigil.registry.quota.rejections")
                .description("Monitor creations and resumptions refused because the tenant's quota was full")
                .register(meters);
    }

    /**
     * Takes a slot for one more active monitor, holding the tenant's lock until the caller's transaction ends.
     *
     * @throws org.springframework.web.ErrorResponseException 409 quota-exceeded when every slot is taken
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void claimSlot(String tenant) {
        TenantSettings settings = tenants.lock(tenant);
        int max = settings.maxActiveMonitors() == null ? defaultMax : settings.maxActiveMonitors();
        long active = jdbc.sql("select count(*) from monitor where tenant = ? and enabled")
                .param(tenant)
                .query(Long.class)
                .single();
        if (active >= max) {
            rejections.increment();
            throw Problems.conflict("quota-exceeded", "Quota exceeded",
                    "this tenant may have at most %d active monitors and has %d; pause or delete one first"
                            .formatted(max, active));
        }
    }

    public int effectiveMax(String tenant) {
        Integer override = tenants.read(tenant).maxActiveMonitors();
        return override == null ? defaultMax : override;
    }
}

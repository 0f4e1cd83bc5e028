package dev.vigil.registry.quota;

import dev.vigil.registry.web.InvalidRequestException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets an operator (realm role admin, enforced by the security chain for {@code /api/v1/admin}) give one tenant
 * another quota than the default; a null limit returns the tenant to the default. Lowering a quota pauses nothing:
 * it only refuses new active monitors until the tenant is under it.
 */
@RestController
@RequestMapping("/api/v1/admin/tenants/{tenant}/quota")
class QuotaController {

    private final QuotaOverrides overrides;
    private final QuotaGuard quota;

    QuotaController(QuotaOverrides overrides, QuotaGuard quota) {
        this.overrides = overrides;
        this.quota = quota;
    }

    /** The quota a tenant gets; {@code maxActiveMonitors} null in a request means the deployment default. */
    record Quota(@Nullable Integer maxActiveMonitors) {
    }

    @GetMapping
    Quota get(@PathVariable String tenant) {
        return new Quota(quota.effectiveMax(tenant));
    }

    @PutMapping
    Quota set(@PathVariable String tenant, @RequestBody Quota request) {
        if (request.maxActiveMonitors() != null && request.maxActiveMonitors() < 0) {
            throw new InvalidRequestException("maxActiveMonitors", "must not be negative");
        }
        overrides.set(tenant, request.maxActiveMonitors());
        return new Quota(quota.effectiveMax(tenant));
    }
}

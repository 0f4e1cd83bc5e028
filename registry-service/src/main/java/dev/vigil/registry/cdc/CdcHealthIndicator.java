package dev.vigil.registry.cdc;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Reports this replica's CDC: down only when the slot lost changes, because then the registry's writes no longer
 * reach Kafka and only an operator can repair it; standby and a restarting engine are normal.
 */
final class CdcHealthIndicator implements HealthIndicator {

    private final CdcSupervisor supervisor;

    CdcHealthIndicator(CdcSupervisor supervisor) {
        this.supervisor = supervisor;
    }

    @Override
    public Health health() {
        CdcStatus status = supervisor.status();
        Health.Builder health = status.phase() == CdcStatus.Phase.SLOT_LOST ? Health.down() : Health.up();
        health.withDetail("phase", status.phase());
        if (status.reason() != null) {
            health.withDetail("reason", status.reason());
        }
        return health.build();
    }
}

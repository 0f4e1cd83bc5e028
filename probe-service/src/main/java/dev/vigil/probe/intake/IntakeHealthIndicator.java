package dev.vigil.probe.intake;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Reports the intake loop DOWN once an unexpected error ended it, so the liveness probe restarts
 * an instance that would otherwise look healthy while probing nothing.
 */
@Component("intake")
class IntakeHealthIndicator implements HealthIndicator {

    private final IntakeLoop intake;

    IntakeHealthIndicator(IntakeLoop intake) {
        this.intake = intake;
    }

    @Override
    public Health health() {
        return intake.crash()
                .map(crash -> Health.down().withDetail("error", crash.toString()).build())
                .orElseGet(() -> Health.up().build());
    }
}

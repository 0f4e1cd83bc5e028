package dev.vigil.registry.monitor;

import dev.vigil.contracts.monitor.CheckKind;
import dev.vigil.registry.egress.PublicTargets;
import org.springframework.stereotype.Component;

/** Applies the public-target rule to the host a monitor's probe would connect to; dns checks only ask a resolver. */
@Component
class TargetGuard {

    private final PublicTargets publicTargets;

    TargetGuard(PublicTargets publicTargets) {
        this.publicTargets = publicTargets;
    }

    void requirePublic(CheckKind kind, String target) {
        String host = Targets.connectHost(kind, target);
        if (host != null) {
            publicTargets.requirePublic("target", host);
        }
    }
}

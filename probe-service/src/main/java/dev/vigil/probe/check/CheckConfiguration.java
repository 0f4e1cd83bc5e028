package dev.vigil.probe.check;

import dev.vigil.egress.EgressGuard;
import dev.vigil.egress.EgressPolicy;
import dev.vigil.probe.ProbeProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the prober from {@code vigil.probe}. */
@Configuration(proxyBeanMethods = false)
class CheckConfiguration {

    @Bean
    EgressGuard egressGuard(ProbeProperties properties) {
        return new EgressGuard(new EgressPolicy(properties.egress().enabled(), properties.egress().allowedCidrs()));
    }

    @Bean
    Prober prober(ProbeProperties properties, EgressGuard egressGuard, MeterRegistry meters) {
        return Prober.create(properties, egressGuard, meters);
    }
}

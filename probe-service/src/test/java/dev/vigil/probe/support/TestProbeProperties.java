package dev.vigil.probe.support;

import dev.vigil.egress.EgressGuard;
import dev.vigil.egress.EgressPolicy;
import dev.vigil.probe.ProbeProperties;
import dev.vigil.probe.check.Prober;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Binds {@code vigil.probe} from a few settings, as the application would, so defaults are the real ones. */
public final class TestProbeProperties {

    /** The test key that seals check header values; never a real deployment's. */
    public static final String CHECK_KEY = "EBESExQVFhcYGRobHB0eHyAhIiMkJSYnKCkqKywtLi8=";

    private TestProbeProperties() {
    }

    public static ProbeProperties bind(Map<String, String> settings) {
        Map<String, String> all = new HashMap<>();
        all.put("vigil.probe.check-secret-key", CHECK_KEY);
        settings.forEach((key, value) -> all.put("vigil.probe." + key, value));
        return new Binder(new MapConfigurationPropertySource(all)).bindOrCreate("vigil.probe", ProbeProperties.class);
    }

    /** A prober whose guard opens loopback, as the local stack does; the SSRF tests use {@link #strictProber}. */
    public static Prober loopbackProber(Map<String, String> settings) {
        ProbeProperties properties = bind(settings);
        return Prober.create(properties, new EgressGuard(EgressPolicy.allowing("127.0.0.0/8")),
                new SimpleMeterRegistry());
    }

    public static Prober strictProber() {
        return Prober.create(bind(Map.of()), new EgressGuard(EgressPolicy.strict()), new SimpleMeterRegistry());
    }
}

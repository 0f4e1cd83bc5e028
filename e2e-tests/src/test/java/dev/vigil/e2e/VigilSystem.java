package dev.vigil.e2e;

import dev.vigil.localstack.StackPorts;
import dev.vigil.localstack.VigilStack;
import dev.vigil.localstack.VigilStack.StackSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one running Vigil every end-to-end test in this JVM talks to: the local stack on free ports, so a
 * developer's own local stack can keep running, with the few settings that make a run take minutes
 * instead of hours. Started by the first test that needs it; stopped when the JVM exits.
 */
final class VigilSystem {

    static final Duration SLOW_DELAY = Duration.ofMillis(400);
    /** Five failing rounds at the two-second interval, then five good ones. */
    static final Duration FLAKY_PERIOD = Duration.ofSeconds(10);
    static final int INTERVAL_SECONDS = 2;
    /** Inside the default 30-day warning: the tls monitor must raise a certificate-expiry alert. */
    static final Duration TLS_CERTIFICATE_VALIDITY = Duration.ofDays(10);

    /**
     * Shorter than production so a run is quick (a one-day SLA period among them, so an SLA can be spent within a
     * test); nothing else differs from what a deployment runs. The quota stays at the product's default of three, so
     * the quota test meets the real limit.
     */
    private static final Map<String, Map<String, String>> OVERRIDES = Map.of(
            "registry-service", Map.of(
                    "vigil.registry.monitors.min-interval", "1s",
                    "vigil.registry.quota.default-max-active-monitors", "3"),
            "analytics-streams", Map.of(
                    "vigil.analytics.windows.grace", "2s",
                    "vigil.analytics.status-refresh", "5s",
                    "vigil.analytics.sla.period-days", "1"));

    private static @Nullable VigilSystem running;
    /** A start that failed is not tried again by every later test class: each fails at once with the first cause. */
    private static @Nullable RuntimeException failedStart;

    private final VigilStack stack;
    private final Gateway gateway;
    private final Tokens tokens;

    private VigilSystem(VigilStack stack) {
        this.stack = stack;
        this.gateway = new Gateway(stack.gatewayUri());
        this.tokens = new Tokens(stack.keycloak());
    }

    static synchronized VigilSystem shared() {
        if (failedStart != null) {
            throw new IllegalStateException("Vigil did not start for an earlier test", failedStart);
        }
        if (running == null) {
            try {
                running = start();
            } catch (RuntimeException e) {
                failedStart = e;
                throw e;
            }
        }
        return running;
    }

    private static VigilSystem start() {
        Path repository = Path.of(System.getProperty("vigil.repository", "..")).toAbsolutePath().normalize();
        Path realm = E2eRealm.write(repository, repository.resolve("e2e-tests").resolve("target").resolve("realm"));
        System.setProperty("vigil.keycloak.realm-file", realm.toString());
        return new VigilSystem(VigilStack.start(repository,
                new StackSettings(StackPorts.free(), SLOW_DELAY, FLAKY_PERIOD, TLS_CERTIFICATE_VALIDITY, OVERRIDES)));
    }

    VigilStack stack() {
        return stack;
    }

    Gateway gateway() {
        return gateway;
    }

    Tokens tokens() {
        return tokens;
    }
}

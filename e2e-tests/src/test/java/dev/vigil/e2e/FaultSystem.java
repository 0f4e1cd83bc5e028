package dev.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.localstack.StackPorts;
import dev.vigil.localstack.VigilStack;
import dev.vigil.localstack.VigilStack.StackSettings;
import dev.vigil.testkit.http.RecordingHttpServer;
import dev.vigil.testkit.kafka.KafkaCluster;
import dev.vigil.testkit.keycloak.DemoUser;
import dev.vigil.testkit.stack.ServiceProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * The Vigil the fault suite breaks, separate from the one the other end-to-end tests share: the services from their
 * jars on a cluster of three child-process brokers (replication factor 3, {@code min.insync.replicas} 2), three
 * analytics-streams instances with a standby each, and alice's mail and webhook channels. Every case creates monitors
 * of its own on {@link #targets()}, whose answers it switches, so the cases share one start and stay apart.
 */
final class FaultSystem {

    static final String ANALYTICS = "analytics-streams";
    static final String NOTIFIER = "notifier-service";
    static final int ANALYTICS_INSTANCES = 3;
    static final String MAIL = "alice-faults@vigil.local";
    static final Duration READINESS = Duration.ofMinutes(3);

    /**
     * What differs from a deployment, and why: 1 s probes and a 1 s cooldown so a case sees many incidents in a
     * minute; standbys so a killed instance's tasks move to warm state; everything else as shipped.
     */
    private static final Map<String, Map<String, String>> OVERRIDES = Map.of(
            "registry-service", Map.of(
                    "vigil.registry.monitors.min-interval", "1s",
                    "vigil.registry.quota.default-max-active-monitors", "50"),
            ANALYTICS, Map.of(
                    "vigil.analytics.cooldown", "1s",
                    "vigil.analytics.standby-replicas", "1",
                    "vigil.analytics.windows.grace", "2s",
                    "vigil.analytics.status-refresh", "5s"));

    private static @Nullable FaultSystem running;
    private static @Nullable RuntimeException failedStart;

    private final VigilStack stack;
    private final Gateway gateway;
    private final Tokens tokens;
    private final RecordingHttpServer targets = RecordingHttpServer.start();
    private final List<ServiceProcess> services;

    private FaultSystem(VigilStack stack) {
        this.stack = stack;
        this.gateway = new Gateway(stack.gatewayUri());
        this.tokens = new Tokens(stack.keycloak());
        this.services = new CopyOnWriteArrayList<>(stack.services());
        createChannels();
    }

    static synchronized FaultSystem shared() {
        if (failedStart != null) {
            throw new IllegalStateException("The fault system did not start for an earlier case", failedStart);
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

    private static FaultSystem start() {
        Path repository = Path.of(System.getProperty("vigil.repository", "..")).toAbsolutePath().normalize();
        return new FaultSystem(VigilStack.start(repository, new StackSettings(StackPorts.free(),
                VigilSystem.SLOW_DELAY, VigilSystem.FLAKY_PERIOD, VigilSystem.TLS_CERTIFICATE_VALIDITY, OVERRIDES,
                3, Map.of(ANALYTICS, ANALYTICS_INSTANCES))));
    }

    private void createChannels() {
        String alice = tokens.of(DemoUser.ALICE);
        for (String channel : List.of(
                "{\"name\": \"faults mail\", \"kind\": \"email\", \"address\": \"%s\"}".formatted(MAIL),
                "{\"name\": \"faults webhook\", \"kind\": \"webhook\", \"url\": \"%s\"}"
                        .formatted(stack.webhookReceiverUri()))) {
            ApiResponse created = gateway.post(alice, "/api/v1/channels", channel);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }
    }

    VigilStack stack() {
        return stack;
    }

    KafkaCluster cluster() {
        return stack.cluster().orElseThrow();
    }

    Gateway gateway() {
        return gateway;
    }

    Tokens tokens() {
        return tokens;
    }

    /** The HTTP server every case's monitors probe; a case switches its paths between healthy and failing. */
    RecordingHttpServer targets() {
        return targets;
    }

    /** The running instances of a service module, first instance first. */
    List<ServiceProcess> instances(String module) {
        return services.stream().filter(service -> service.name().equals(module)
                || service.name().startsWith(module + "-")).toList();
    }

    /** SIGKILLs the instance and starts it again with the same settings and state folder, waiting until it is ready. */
    ServiceProcess killAndRestart(ServiceProcess instance) {
        instance.kill();
        return replace(instance, instance.restart(READINESS));
    }

    /** Stops the instance cleanly (SIGTERM, as a rolling deploy does) and starts it again. */
    ServiceProcess stopAndRestart(ServiceProcess instance) {
        return replace(instance, instance.restart(READINESS));
    }

    private ServiceProcess replace(ServiceProcess old, ServiceProcess started) {
        services.set(services.indexOf(old), started);
        return started;
    }
}

package dev.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.topic.Topics;
import dev.vigil.localstack.StackPorts;
import dev.vigil.localstack.VigilStack;
import dev.vigil.localstack.VigilStack.StackSettings;
import dev.vigil.testkit.http.RecordingHttpServer;
import dev.vigil.testkit.kafka.KafkaCluster;
import dev.vigil.testkit.keycloak.DemoUser;
import dev.vigil.testkit.stack.ServiceProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.common.utils.Utils;
import org.jspecify.annotations.Nullable;

/**
 * The Vigil the fault suite breaks, separate from the one the other end-to-end tests share: the services from their
 * jars on a cluster of three child-process brokers (replication factor 3, {@code min.insync.replicas} 2), three
 * analytics-streams instances with a standby each, two probe-service instances in one group, and alice's mail and
 * webhook channels. Every case creates monitors
 * of its own on {@link #targets()}, whose answers it switches, so the cases share one start and stay apart.
 */
final class FaultSystem {

    static final String ANALYTICS = "analytics-streams";
    static final String NOTIFIER = "notifier-service";
    static final String PROBE = "probe-service";
    static final int ANALYTICS_INSTANCES = 3;
    static final int PROBE_INSTANCES = 2;
    static final String MAIL = "alice-faults@vigil.local";
    static final Duration READINESS = Duration.ofMinutes(3);

    /**
     * What differs from a deployment, and why: 1 s probes and a 1 s cooldown so a case sees many incidents in a
     * minute; standbys so a killed instance's tasks move to warm state; a 20 s claim lease (still longer than a
     * webhook's 15 s total timeout) so a send cut by a notifier crash is repeated within a case, not after 5 minutes;
     * everything else as shipped.
     */
    private static final Map<String, Map<String, String>> OVERRIDES = Map.of(
            "registry-service", Map.of(
                    "vigil.registry.monitors.min-interval", "1s",
                    "vigil.registry.quota.default-max-active-monitors", "50"),
            ANALYTICS, Map.of(
                    "vigil.analytics.cooldown", "1s",
                    "vigil.analytics.standby-replicas", "1",
                    "vigil.analytics.windows.grace", "2s",
                    "vigil.analytics.status-refresh", "5s"),
            NOTIFIER, Map.of("vigil.notifier.retry.claim-lease", "20s"));

    private static final HttpClient HTTP = HttpClient.newHttpClient();

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
                3, Map.of(ANALYTICS, ANALYTICS_INSTANCES, PROBE, PROBE_INSTANCES))));
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

    /** Adds a webhook channel for alice's alerts, which every later alert of hers reaches; returns its id. */
    String addWebhookChannel(String name, String url) {
        ApiResponse created = gateway.post(tokens.of(DemoUser.ALICE), "/api/v1/channels",
                "{\"name\": \"%s\", \"kind\": \"webhook\", \"url\": \"%s\"}".formatted(name, url));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    void removeChannel(String id) {
        ApiResponse removed = gateway.delete(tokens.of(DemoUser.ALICE), "/api/v1/channels/" + id);
        assertThat(removed.status()).as(removed.body()).isLessThan(300);
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

    /** Starts a killed or stopped instance again with the same settings and state folder, waiting until it is ready. */
    ServiceProcess restart(ServiceProcess instance) {
        return replace(instance, instance.restart(READINESS));
    }

    /**
     * SIGKILLs every service and starts it again without waiting for readiness, as pods are rescheduled whether or not
     * Kafka answers; {@link #awaitAllReady} waits later.
     */
    void relaunchAll() {
        services.forEach(ServiceProcess::kill);
        services.forEach(service -> replace(service, service.relaunch()));
    }

    /** Waits until every service is ready, failing with the log of one that exited instead. */
    void awaitAllReady() {
        services.forEach(service -> service.awaitReady(READINESS));
    }

    /** Every service process the system runs now, ended ones included. */
    List<ServiceProcess> services() {
        return List.copyOf(services);
    }

    /**
     * The analytics instance whose stream thread actively processes the monitor's results now: the one whose main
     * consumer reports a lag for the monitor's partition of {@code vigil.probe-results.v1} (a standby reads only
     * changelogs, through its restore consumer).
     */
    ServiceProcess activeAnalyticsFor(UUID monitor) {
        int partition = Utils.toPositive(Utils.murmur2(Topics.PROBE_RESULTS.keySerde().serializer()
                .serialize(Topics.PROBE_RESULTS.name(), monitor))) % Topics.PROBE_RESULTS.partitions();
        String topic = "topic=\"" + Topics.PROBE_RESULTS.name() + "\"";
        String assigned = "partition=\"" + partition + "\"";
        return instances(ANALYTICS).stream()
                .filter(instance -> scrape(instance).lines().anyMatch(line ->
                        line.startsWith("kafka_consumer_fetch_manager_records_lag{") && line.contains(topic)
                                && line.contains(assigned) && !line.contains("restore-consumer")))
                .findFirst().orElseThrow(() -> new AssertionError(
                        "no analytics instance reports partition " + partition + " of " + Topics.PROBE_RESULTS.name()));
    }

    private static String scrape(ServiceProcess instance) {
        try {
            return HTTP.send(HttpRequest.newBuilder(instance.baseUri().resolve("/actuator/prometheus")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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

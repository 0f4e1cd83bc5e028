package dev.vigil.localstack;

import dev.vigil.testkit.FreePorts;
import dev.vigil.testkit.stack.ServiceProcess.ServiceSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The services' configuration for one machine: the shared infrastructure, one channel-secret
 * key for registry and notifier, and the egress guards opened for loopback because the demo
 * target and the webhook receiver live there.
 */
final class ServiceSpecs {

    /** Small heaps and the quick compiler: six JVMs share a laptop with Kafka, PostgreSQL and Keycloak. */
    static final List<String> JVM_OPTIONS = List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    /** Only loopback is opened: enough for the demo target and the webhook receiver, nothing more. */
    static final String LOOPBACK_CIDR = "127.0.0.0/8";

    /** Like the infrastructure, the services answer on this machine only. */
    static final String LOOPBACK_ADDRESS = "127.0.0.1";

    /** The demo's monitors probe this often, below the registry's production floor of 10 s, so the demo shows its
     *  failure-streak mails within two minutes of the start. */
    static final String DEMO_MIN_INTERVAL = DemoSeed.INTERVAL_SECONDS + "s";

    /** The registry's default quota is 3; the demo gives alice five monitors. */
    private static final int DEMO_QUOTA = 10;

    /** Short enough that the first minute's percentiles reach the status within the demo's first minutes. */
    private static final String ANALYTICS_WINDOW_GRACE = "10s";
    private static final String ANALYTICS_STATUS_REFRESH = "20s";

    private final StackPorts ports;
    private final Infrastructure infrastructure;
    private final String channelSecretKey;
    private final String checkSecretKey;
    private final Path repository;
    private final Path runDirectory;
    private final Path stageDirectory;
    private final Map<String, Map<String, String>> overrides;
    private final short replicationFactor;
    private final Map<String, Integer> instances;

    /**
     * @param stageDirectory where the jars are copied before they run, so a build while the stack runs (or a
     *     concurrent CI build in the same tree) cannot change a jar under a running service
     * @param overrides extra properties by module name, set over the stack's own
     * @param checkSecretKey seals check header values: the registry seals, the probe opens
     * @param replicationFactor of the topics the services create themselves, as the stack's Kafka allows
     * @param instances how many instances of a module run, by module name; one where absent
     */
    ServiceSpecs(StackPorts ports, Infrastructure infrastructure, String channelSecretKey, String checkSecretKey,
            Path repository, Path runDirectory, Path stageDirectory, Map<String, Map<String, String>> overrides,
            short replicationFactor, Map<String, Integer> instances) {
        this.ports = ports;
        this.infrastructure = infrastructure;
        this.channelSecretKey = channelSecretKey;
        this.checkSecretKey = checkSecretKey;
        this.repository = repository;
        this.runDirectory = runDirectory;
        this.stageDirectory = stageDirectory;
        this.overrides = Map.copyOf(overrides);
        this.replicationFactor = replicationFactor;
        this.instances = Map.copyOf(instances);
    }

    /**
     * Registry first, so the outbox publishes before anything reads it; the gateway, the public door, last. Extra
     * instances follow their first, each on a free port with state of its own.
     */
    List<ServiceSpec> inStartOrder() {
        List<ServiceSpec> specs = new ArrayList<>();
        List<ServiceSpec> firsts = List.of(registry(), analytics(), scheduler(), probe(), notifier(), console(), gateway());
        for (ServiceSpec first : firsts) {
            specs.add(first);
            int count = instances.getOrDefault(first.name(), 1);
            List<Integer> extraPorts = count > 1 ? FreePorts.find(count - 1) : List.of();
            for (int instance = 2; instance <= count; instance++) {
                specs.add(another(first, instance, extraPorts.get(instance - 2)));
            }
        }
        return specs;
    }

    /** The same service as {@code first} under the name {@code <module>-<instance>}, on its own port and state. */
    private ServiceSpec another(ServiceSpec first, int instance, int port) {
        String name = first.name() + "-" + instance;
        Map<String, String> properties = new HashMap<>(first.properties());
        properties.put("server.port", String.valueOf(port));
        properties.computeIfPresent("vigil.analytics.state-dir", (key, dir) -> dir + "-" + instance);
        properties.computeIfPresent("vigil.probe.instance-id", (key, id) -> id + "-" + instance);
        return new ServiceSpec(name, first.jar(), port, first.jvmOptions(), properties);
    }

    ServiceSpec registry() {
        var database = infrastructure.registryDatabase();
        Map<String, String> properties = common(ports.registry());
        properties.putAll(tokenValidation());
        properties.put("spring.datasource.url", database.jdbcUrl());
        properties.put("spring.datasource.username", database.username());
        properties.put("spring.datasource.password", database.password());
        properties.put("vigil.registry.channels.sealing-key", channelSecretKey);
        properties.put("vigil.registry.checks.secret-key", checkSecretKey);
        properties.put("vigil.registry.monitors.allow-private-targets", "true");
        properties.put("vigil.registry.quota.default-max-active-monitors", String.valueOf(DEMO_QUOTA));
        properties.put("vigil.registry.monitors.min-interval", DEMO_MIN_INTERVAL);
        return spec("registry-service", ports.registry(), properties);
    }

    ServiceSpec analytics() {
        Map<String, String> properties = common(ports.analytics());
        // Kafka and PostgreSQL start empty on every run, so last run's RocksDB state must not survive either.
        properties.put("vigil.analytics.state-dir", runDirectory.resolve("analytics-state").toString());
        properties.put("vigil.analytics.windows.grace", ANALYTICS_WINDOW_GRACE);
        properties.put("vigil.analytics.status-refresh", ANALYTICS_STATUS_REFRESH);
        properties.put("vigil.analytics.replication-factor", String.valueOf(replicationFactor));
        return spec("analytics-streams", ports.analytics(), properties);
    }

    ServiceSpec scheduler() {
        Map<String, String> properties = common(ports.scheduler());
        properties.put("vigil.scheduler.topics.replication-factor", String.valueOf(replicationFactor));
        return spec("scheduler-service", ports.scheduler(), properties);
    }

    ServiceSpec probe() {
        Map<String, String> properties = common(ports.probe());
        properties.put("vigil.probe.instance-id", "local-probe");
        properties.put("vigil.probe.egress.allowed-cidrs", LOOPBACK_CIDR);
        properties.put("vigil.probe.topics.replication-factor", String.valueOf(replicationFactor));
        properties.put("vigil.probe.check-secret-key", checkSecretKey);
        return spec("probe-service", ports.probe(), properties);
    }

    ServiceSpec notifier() {
        var database = infrastructure.notifierDatabase();
        Map<String, String> properties = common(ports.notifier());
        properties.put("spring.datasource.url", database.jdbcUrl());
        properties.put("spring.datasource.username", database.username());
        properties.put("spring.datasource.password", database.password());
        properties.put("spring.mail.host", infrastructure.smtpHost());
        properties.put("spring.mail.port", String.valueOf(infrastructure.smtpPort()));
        // The local catcher speaks plain SMTP on loopback; a deployment keeps the default, STARTTLS required.
        properties.put("spring.mail.properties.mail.smtp.starttls.enable", "false");
        properties.put("spring.mail.properties.mail.smtp.starttls.required", "false");
        properties.put("vigil.notifier.channel-secret-key", channelSecretKey);
        properties.put("vigil.notifier.dashboard-base-url", "http://localhost:" + ports.gateway());
        properties.put("vigil.notifier.webhook.egress.allowed-cidrs", LOOPBACK_CIDR);
        properties.put("vigil.notifier.kafka.replication-factor", String.valueOf(replicationFactor));
        return spec("notifier-service", ports.notifier(), properties);
    }

    /**
     * The web console signs users in with Keycloak and reads the API from the registry directly; the browser
     * reaches it through the gateway, which also serves the live stream it relays.
     */
    ServiceSpec console() {
        Map<String, String> properties = common(ports.console());
        properties.put("spring.security.oauth2.client.provider.keycloak.issuer-uri",
                infrastructure.issuerUri().toString());
        properties.put("vigil.console.api-uri", "http://localhost:" + ports.registry());
        properties.put("vigil.console.live-uri", "http://localhost:" + ports.gateway() + "/api/v1/live");
        return spec("console", ports.console(), properties);
    }

    ServiceSpec gateway() {
        Map<String, String> properties = common(ports.gateway());
        properties.putAll(tokenValidation());
        properties.put("vigil.gateway.registry-uri", "http://localhost:" + ports.registry());
        properties.put("vigil.gateway.console-uri", "http://localhost:" + ports.console());
        return spec("gateway", ports.gateway(), properties);
    }

    private Map<String, String> common(int port) {
        var properties = new HashMap<String, String>();
        properties.put("server.port", String.valueOf(port));
        properties.put("server.address", LOOPBACK_ADDRESS);
        properties.put("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers());
        return properties;
    }

    private Map<String, String> tokenValidation() {
        return Map.of(
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", infrastructure.issuerUri().toString(),
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", infrastructure.jwksUri().toString());
    }

    private ServiceSpec spec(String module, int port, Map<String, String> properties) {
        properties.putAll(overrides.getOrDefault(module, Map.of()));
        return new ServiceSpec(module, staged(jar(module)), port, JVM_OPTIONS, properties);
    }

    private Path staged(Path jar) {
        try {
            Path copy = Files.createDirectories(stageDirectory).resolve(jar.getFileName());
            return Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stage " + jar, e);
        }
    }

    /** The executable jar (classifier {@code exec}) {@code ./mvnw package} left in the module's target folder. */
    private Path jar(String module) {
        Path target = repository.resolve(module).resolve("target");
        try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
            return files.filter(file -> file.getFileName().toString().matches(module + "-\\d.*-exec\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No executable jar in " + target
                            + ": build first with ./mvnw -B -DskipTests package"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

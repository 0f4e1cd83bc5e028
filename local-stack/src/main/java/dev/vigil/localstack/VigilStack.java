package dev.vigil.localstack;

import dev.vigil.contracts.secret.Sealer;
import dev.vigil.contracts.topic.Topic;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.testkit.demo.DemoTargetServer;
import dev.vigil.testkit.demo.DemoTlsTarget;
import dev.vigil.testkit.http.RecordingHttpServer;
import dev.vigil.testkit.kafka.KafkaBroker;
import dev.vigil.testkit.kafka.KafkaCluster;
import dev.vigil.testkit.kafka.KafkaEndpoint;
import dev.vigil.testkit.keycloak.KeycloakServer;
import dev.vigil.testkit.mail.MailServer;
import dev.vigil.testkit.postgres.PostgresServer;
import dev.vigil.testkit.stack.ServiceProcess;
import dev.vigil.testkit.stack.ServiceProcess.ServiceSpec;
import dev.vigil.testkit.tls.TestCertificates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole of Vigil on one machine: real Kafka, PostgreSQL, Keycloak and SMTP in this JVM, the six
 * services as child processes from their jars, a demo target, a webhook receiver and the inbox that
 * shows what arrived. The README's command and the end-to-end tests start exactly this, so the demo
 * a newcomer sees is the system the tests prove.
 */
public final class VigilStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(VigilStack.class);
    /** Generous: six JVMs and Keycloak start together on what may be a two-core machine. */
    private static final Duration READINESS_TIMEOUT = Duration.ofMinutes(5);
    private static final String PROBE = "probe-service";

    private final StackPorts ports;
    private final KafkaEndpoint kafka;
    private final @Nullable KafkaCluster cluster;
    private final KeycloakServer keycloak;
    private final MailServer mail;
    private final Infrastructure infrastructure;
    private final DemoTargetServer demo;
    private final DemoTlsTarget tlsTarget;
    private final RecordingHttpServer webhooks;
    private final InboxServer inbox;
    private final List<ServiceProcess> services;
    private final Path logs;

    private VigilStack(StackPorts ports, KafkaEndpoint kafka, @Nullable KafkaCluster cluster, KeycloakServer keycloak,
            MailServer mail, Infrastructure infrastructure, DemoTargetServer demo, DemoTlsTarget tlsTarget,
            RecordingHttpServer webhooks, InboxServer inbox, List<ServiceProcess> services, Path logs) {
        this.ports = ports;
        this.kafka = kafka;
        this.cluster = cluster;
        this.keycloak = keycloak;
        this.mail = mail;
        this.infrastructure = infrastructure;
        this.demo = demo;
        this.tlsTarget = tlsTarget;
        this.webhooks = webhooks;
        this.inbox = inbox;
        this.services = services;
        this.logs = logs;
    }

    /**
     * Starts everything and returns once every service is ready. If a service fails to start, the others are
     * stopped; the infrastructure stays up until the JVM exits, and the caller decides whether to exit.
     */
    public static VigilStack start(Path repository, StackSettings settings) {
        StackPorts ports = settings.ports();
        ports.requireFree();
        ports.applyToTestkit();
        Path runDirectory = runDirectory(repository);

        // Keycloak is the slowest to start by far; the rest start while it boots.
        CompletableFuture<KeycloakServer> keycloak = CompletableFuture.supplyAsync(KeycloakServer::shared,
                Executors.newVirtualThreadPerTaskExecutor());
        MailServer mail = MailServer.shared();
        KafkaCluster cluster = settings.kafkaBrokers() > 1 ? KafkaCluster.start(settings.kafkaBrokers()) : null;
        KafkaEndpoint kafka = cluster != null ? cluster : KafkaBroker.shared();
        kafka.createTopics(Topics.all().toArray(new Topic<?, ?>[0]));
        PostgresServer postgres = PostgresServer.shared();
        DemoTargetServer demo = DemoTargetServer.start(ports.demo(), settings.slowDelay(), settings.flakyPeriod());
        var demoCa = new TestCertificates();
        DemoTlsTarget tlsTarget = DemoTlsTarget.start(ports.demoTls(), demoCa, settings.tlsCertificateValidity());
        RecordingHttpServer webhooks = RecordingHttpServer.start();
        InboxServer inbox = InboxServer.start(ports.inbox(), mail, webhooks);
        KeycloakServer identity = keycloak.join();
        log.atInfo().addKeyValue("kafka", kafka.bootstrapServers()).addKeyValue("postgres", postgres.port())
                .addKeyValue("keycloak", identity.issuerUri()).addKeyValue("smtp", mail.smtpPort())
                .log("infrastructure ready");

        var infrastructure = new Infrastructure(kafka.bootstrapServers(), identity.issuerUri(), identity.jwksUri(),
                postgres.database("registry"), postgres.database("notifier"), mail.smtpHost(), mail.smtpPort());
        // New keys per start, as the stack's data lives one run: the channel key (registry and notifier) and the
        // check key (registry and probe).
        var specs = new ServiceSpecs(ports, infrastructure, Sealer.newBase64Key(), Sealer.newBase64Key(), repository,
                runDirectory,
                repository.resolve("local-stack").resolve("target").resolve("service-jars"),
                withDemoTrust(settings.serviceOverrides(), demoCa.trustStoreWithJdkCertificates(runDirectory)),
                kafka.replicationFactor(), settings.instances());
        Path logs = runDirectory.resolve("logs");
        var stack = new VigilStack(ports, kafka, cluster, identity, mail, infrastructure, demo, tlsTarget, webhooks,
                inbox, startAll(specs.inStartOrder(), logs), logs);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(stack::close));
        return stack;
    }

    public URI gatewayUri() {
        return URI.create("http://localhost:" + ports.gateway());
    }

    /** Where alice's webhook channel should point: the receiver whose calls {@link #webhooks()} records. */
    public URI webhookReceiverUri() {
        return URI.create("http://127.0.0.1:" + webhooks.port() + "/vigil");
    }

    public StackPorts ports() {
        return ports;
    }

    public KafkaEndpoint kafka() {
        return kafka;
    }

    /** The stack's own cluster of child-process brokers, which a test can break; absent on the in-JVM broker. */
    public Optional<KafkaCluster> cluster() {
        return Optional.ofNullable(cluster);
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    public MailServer mail() {
        return mail;
    }

    public DemoTargetServer demo() {
        return demo;
    }

    /** The HTTPS target whose certificate the probe trusts and which expires soon. */
    public DemoTlsTarget tlsTarget() {
        return tlsTarget;
    }

    public RecordingHttpServer webhooks() {
        return webhooks;
    }

    /** The services and the console (seven, or more with extra instances), in start order, with their base URIs and log files. */
    public List<ServiceProcess> services() {
        return services;
    }

    public Path logs() {
        return logs;
    }

    Infrastructure infrastructure() {
        return infrastructure;
    }

    /**
     * Stops the services side by side, then the local servers; the shared infrastructure stops with the JVM.
     * The services go first because PostgreSQL's stop waits for the registry's replication connection.
     */
    @Override
    public void close() {
        services.parallelStream().forEach(ServiceProcess::close);
        if (cluster != null) {
            cluster.close();
        }
        inbox.close();
        webhooks.close();
        tlsTarget.close();
        demo.close();
    }

    /**
     * Starts the services side by side (each waits for its own readiness) in start order, so the
     * registry is first to connect. The first failure ends the start at once.
     */
    private static List<ServiceProcess> startAll(List<ServiceSpec> specs, Path logs) {
        ExecutorService starter = Executors.newVirtualThreadPerTaskExecutor();
        List<Future<ServiceProcess>> starting = new ArrayList<>();
        for (ServiceSpec spec : specs) {
            starting.add(starter.submit(() -> ServiceProcess.start(spec, logs, READINESS_TIMEOUT)));
        }
        starter.shutdown();
        List<ServiceProcess> started = new ArrayList<>();
        try {
            for (Future<ServiceProcess> service : starting) {
                started.add(service.get());
            }
            return started;
        } catch (ExecutionException e) {
            stopWhatStarted(starting);
            throw new IllegalStateException("A service did not start: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the services", e);
        }
    }

    /** The probe trusts the demo's CA beside the JDK's, so tls checks of the demo target verify as they would in production. */
    private static Map<String, Map<String, String>> withDemoTrust(Map<String, Map<String, String>> overrides, Path trustStore) {
        var merged = new HashMap<>(overrides);
        var probe = new HashMap<String, String>();
        probe.put("vigil.probe.tls.trust-store", trustStore.toString());
        probe.put("vigil.probe.tls.trust-store-password", TestCertificates.password());
        probe.putAll(overrides.getOrDefault(PROBE, Map.of()));
        merged.put(PROBE, probe);
        return merged;
    }

    /** Lets the other services finish starting, then stops them, so a failed start leaves nothing running. */
    private static void stopWhatStarted(List<Future<ServiceProcess>> starting) {
        for (Future<ServiceProcess> service : starting) {
            try {
                service.get().close();
            } catch (ExecutionException e) {
                log.atDebug().setCause(e.getCause()).log("a service that did not start needs no stop");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A fresh folder per start under local-stack/target, for the service logs and the analytics state. */
    private static Path runDirectory(Path repository) {
        try {
            Path runs = Files.createDirectories(repository.resolve("local-stack").resolve("target").resolve("runs"));
            return Files.createTempDirectory(runs, "run-");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the run directory", e);
        }
    }

    /**
     * How a stack differs from the default one.
     *
     * @param ports where the services, the inbox, the demo target and the fixed-port infrastructure listen
     * @param slowDelay how long the demo's {@code /slow} takes to answer
     * @param flakyPeriod how long the demo's {@code /flaky} fails, then answers, in turn
     * @param tlsCertificateValidity how long the demo TLS target's certificate is valid from the start
     * @param serviceOverrides extra Spring properties by service module name, applied over the stack's own
     * @param kafkaBrokers 1 for the JVM's shared in-JVM broker; more for a cluster of child-process brokers of the
     *     stack's own (replication factor 3, {@code min.insync.replicas} 2 from three brokers) that a test can break
     * @param instances how many instances of a service module run, by module name; one where absent
     */
    public record StackSettings(StackPorts ports, Duration slowDelay, Duration flakyPeriod,
            Duration tlsCertificateValidity, Map<String, Map<String, String>> serviceOverrides, int kafkaBrokers,
            Map<String, Integer> instances) {

        public StackSettings {
            serviceOverrides = Map.copyOf(serviceOverrides);
            instances = Map.copyOf(instances);
            if (kafkaBrokers < 1) {
                throw new IllegalArgumentException("A stack needs at least one Kafka broker, not " + kafkaBrokers);
            }
        }

        /** One instance of each service on the JVM's shared in-JVM broker. */
        public StackSettings(StackPorts ports, Duration slowDelay, Duration flakyPeriod,
                Duration tlsCertificateValidity, Map<String, Map<String, String>> serviceOverrides) {
            this(ports, slowDelay, flakyPeriod, tlsCertificateValidity, serviceOverrides, 1, Map.of());
        }
    }
}

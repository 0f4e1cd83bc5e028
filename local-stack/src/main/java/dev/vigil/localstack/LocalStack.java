package dev.vigil.localstack;

import dev.vigil.contracts.topic.Topic;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.testkit.demo.DemoTargetServer;
import dev.vigil.testkit.http.RecordingHttpServer;
import dev.vigil.testkit.kafka.KafkaBroker;
import dev.vigil.testkit.keycloak.KeycloakServer;
import dev.vigil.testkit.mail.MailServer;
import dev.vigil.testkit.postgres.PostgresServer;
import dev.vigil.testkit.stack.ServiceProcess;
import dev.vigil.testkit.stack.ServiceProcess.ServiceSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * The README's one command: real Kafka, PostgreSQL, Keycloak and SMTP in this JVM, the six services
 * as child processes from their jars, a demo target and a webhook receiver, seeded demo data; then
 * it waits until Ctrl-C, when every shutdown hook (testkit's and the child processes') stops its part.
 */
public final class LocalStack {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);
    /** Generous: six JVMs and Keycloak start together on what may be a two-core machine. */
    private static final Duration READINESS_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration SLOW_DELAY = Duration.ofMillis(1500);
    /** Four failing rounds at the 10 s interval, then four good ones: every failing half is a failure streak. */
    private static final Duration FLAKY_PERIOD = Duration.ofSeconds(40);
    private static final int CHANNEL_KEY_BYTES = 32;
    /** The shell's convention: a process ended by signal n exits with 128 + n. */
    private static final int SIGNAL_EXIT_BASE = 128;

    private LocalStack() {
    }

    public static void main(String[] args) {
        try {
            run(Path.of("").toAbsolutePath());
        } catch (RuntimeException | Error e) {
            log.atError().setCause(e).log("the local stack could not start; stopping what did");
            // Non-daemon server threads would keep the JVM alive; exiting runs every shutdown hook.
            System.exit(1);
        }
    }

    private static void run(Path repository) {
        Instant started = Instant.now();
        StackPorts ports = StackPorts.DEFAULTS;
        ports.requireFree();
        ports.applyToTestkit();
        Path runDirectory = runDirectory(repository);

        // Keycloak is the slowest to start by far; the rest start while it boots.
        CompletableFuture<KeycloakServer> keycloak = CompletableFuture.supplyAsync(KeycloakServer::shared,
                Executors.newVirtualThreadPerTaskExecutor());
        MailServer mail = MailServer.shared();
        KafkaBroker kafka = KafkaBroker.shared();
        kafka.createTopics(Topics.all().toArray(new Topic<?, ?>[0]));
        PostgresServer postgres = PostgresServer.shared();
        DemoTargetServer demo = DemoTargetServer.start(ports.demo(), SLOW_DELAY, FLAKY_PERIOD);
        RecordingHttpServer webhooks = RecordingHttpServer.start();
        InboxServer inbox = InboxServer.start(ports.inbox(), mail, webhooks);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
            inbox.close();
            webhooks.close();
            demo.close();
        }));
        KeycloakServer identity = keycloak.join();
        log.atInfo().addKeyValue("kafka", kafka.bootstrapServers()).addKeyValue("postgres", postgres.port())
                .addKeyValue("keycloak", identity.issuerUri()).addKeyValue("smtp", mail.smtpPort())
                .log("infrastructure ready");

        var infrastructure = new Infrastructure(kafka.bootstrapServers(), identity.issuerUri(), identity.jwksUri(),
                postgres.database("registry"), postgres.database("notifier"), mail.smtpHost(), mail.smtpPort());
        var specs = new ServiceSpecs(ports, infrastructure, randomChannelKey(), repository, runDirectory,
                repository.resolve("local-stack").resolve("target").resolve("service-jars"));
        List<ServiceProcess> services = startAll(specs.inStartOrder(), runDirectory.resolve("logs"));
        stopServicesFirstOnSignal(services);

        URI webhookReceiver = URI.create("http://127.0.0.1:" + webhooks.port() + "/vigil");
        SeededDemo seeded = new DemoSeed(URI.create("http://localhost:" + ports.gateway()), identity)
                .seed(demo.uri(), webhookReceiver);
        System.out.println(Banner.text(ports, infrastructure, webhookReceiver, seeded,
                runDirectory.resolve("logs"), Duration.between(started, Instant.now())));
        awaitShutdown();
    }

    /**
     * Starts the services side by side (each waits for its own readiness) in start order, so the
     * registry is first to connect. The first failure ends the start at once: the caller exits, and
     * the shutdown hooks stop the services already running or still starting.
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
            throw new IllegalStateException("A service did not start: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the services", e);
        }
    }

    /**
     * Shutdown hooks all run at once, so on their own the broker and PostgreSQL would go down while the
     * services still use them: PostgreSQL then waits for the registry's replication connection and its
     * stop times out. On Ctrl-C or SIGTERM the services are therefore stopped first, side by side, and
     * only then does the JVM exit and its hooks stop the infrastructure.
     */
    private static void stopServicesFirstOnSignal(List<ServiceProcess> services) {
        for (String name : List.of("INT", "TERM")) {
            Signal.handle(new Signal(name), signal -> {
                log.atInfo().addKeyValue("signal", signal.getName()).log("stopping the services, then the infrastructure");
                services.parallelStream().forEach(ServiceProcess::close);
                System.exit(SIGNAL_EXIT_BASE + signal.getNumber());
            });
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

    /** A new AES-256 key per start: the registry seals webhook secrets with it, the notifier opens them. */
    private static String randomChannelKey() {
        byte[] key = new byte[CHANNEL_KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static void awaitShutdown() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package dev.vigil.testkit.keycloak;

import dev.vigil.testkit.FreePorts;
import dev.vigil.testkit.ServerPorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A Keycloak server running as a child process of this JVM, from a built installation, until the JVM exits. */
final class KeycloakProcess {

    private static final Logger LOG = LoggerFactory.getLogger(KeycloakProcess.class);
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(90);
    /** The realm import after readiness takes seconds; a minute allows for a machine busy with other builds. */
    private static final Duration REALM_IMPORT_TIMEOUT = Duration.ofSeconds(60);

    private final URI baseUri;

    private KeycloakProcess(URI baseUri) {
        this.baseUri = baseUri;
    }

    /** {@code http://localhost:<port>}, also the issuer's origin whichever address a client uses. */
    URI baseUri() {
        return baseUri;
    }

    static KeycloakProcess start(Path home, Path realmFile, String realm, Path runDirectory, HttpClient http) {
        long started = System.nanoTime();
        List<Integer> free = FreePorts.find(2);
        List<Integer> ports = ServerPorts.isFixed("keycloak")
                ? List.of(ServerPorts.configured("keycloak"), free.getLast())
                : free;
        URI baseUri = URI.create("http://localhost:" + ports.getFirst());
        Path log = runDirectory.resolve("keycloak.log");
        Process process = launch(ChildEnvironment.applyTo(new ProcessBuilder(
                        command(home, baseUri, ports.getLast(), importFolder(realmFile, runDirectory), runDirectory)))
                .directory(runDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile()));
        Runtime.getRuntime().addShutdownHook(
                Thread.ofPlatform().name("keycloak-stop").unstarted(() -> ProcessTree.stop(process.toHandle())));

        awaitReady(process, http, URI.create("http://localhost:%d/health/ready".formatted(ports.getLast())), log);
        URI discovery = baseUri.resolve("/realms/%s/.well-known/openid-configuration".formatted(realm));
        if (!answersWithin(http, discovery, REALM_IMPORT_TIMEOUT)) {
            ProcessTree.stop(process.toHandle());
            throw new IllegalStateException("Keycloak started without the realm of %s: %s answers no discovery document.%n%s"
                    .formatted(realmFile, discovery, LogTail.of(log)));
        }
        LOG.info("Keycloak ready at {} in {} ms, log: {}", baseUri,
                Duration.ofNanos(System.nanoTime() - started).toMillis(), log);
        return new KeycloakProcess(baseUri);
    }

    private static List<String> command(Path home, URI baseUri, int managementPort, Path importFolder, Path runDirectory) {
        return List.of(
                home.resolve("bin").resolve("kc.sh").toString(), "start", "--optimized",
                "--http-enabled=true",
                // Loopback only: the realm's demo passwords are published.
                "--http-host=127.0.0.1",
                "--http-port=" + baseUri.getPort(),
                "--hostname=" + baseUri,
                "--http-management-port=" + managementPort,
                "--cache=local",
                // The readiness probe would otherwise have every poll logged while Keycloak boots.
                "--log-level=INFO,io.smallrye.health:WARN",
                // What --import-realm sets, pointed at this run's own folder rather than at
                // data/import in the installation, which every JVM on the machine shares.
                "-Dkeycloak.migration.dir=" + importFolder,
                // Likewise out of the shared installation: the transaction manager's object store.
                "-Dquarkus.transaction-manager.object-store.directory=" + runDirectory.resolve("transactions"));
    }

    private static void awaitReady(Process process, HttpClient http, URI ready, Path log) {
        try {
            Awaitility.await("Keycloak ready at " + ready)
                    .atMost(STARTUP_TIMEOUT)
                    .pollInterval(Duration.ofMillis(250))
                    .ignoreExceptions()
                    .failFast("Keycloak exited", () -> !process.isAlive())
                    .until(() -> status(http, ready) == 200);
        } catch (TerminalFailureException e) {
            throw new IllegalStateException("Keycloak exited with code %d before it was ready.%n%s"
                    .formatted(process.exitValue(), LogTail.of(log)), e);
        } catch (ConditionTimeoutException e) {
            ProcessTree.stop(process.toHandle());
            throw new IllegalStateException("Keycloak was not ready within %s.%n%s"
                    .formatted(STARTUP_TIMEOUT, LogTail.of(log)), e);
        }
    }

    /** Keycloak imports every {@code *-realm.json} of the folder, whatever the source file is called. */
    private static Path importFolder(Path realmFile, Path runDirectory) {
        try {
            Path folder = Files.createDirectories(runDirectory.resolve("import"));
            ShortLivedClient.addTo(realmFile, folder.resolve("vigil-realm.json"));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Process launch(ProcessBuilder builder) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + builder.command(), e);
        }
    }

    /**
     * Keycloak 26 reports ready while it still imports the realm on a busy machine, answering 503 to every other
     * request until the import is done; so the realm gets its own wait.
     */
    private static boolean answersWithin(HttpClient http, URI uri, Duration timeout) {
        try {
            Awaitility.await("Keycloak serving " + uri).atMost(timeout).pollInterval(Duration.ofMillis(250))
                    .until(() -> statusOrZero(http, uri) == 200);
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }

    private static int statusOrZero(HttpClient http, URI uri) {
        try {
            return status(http, uri);
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static int status(HttpClient http, URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}

package dev.vigil.testkit.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Vigil service running from its packaged jar as a child process, exactly as it would run in a
 * container, with its configuration given as command-line properties and its output in a log file.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ServiceProcess.class);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);

    private final ServiceSpec spec;
    private final Path logDirectory;
    private final String name;
    private final Process process;
    private final Path logFile;
    private final URI baseUri;

    private ServiceProcess(ServiceSpec spec, Path logDirectory, Process process, Path logFile) {
        this.spec = spec;
        this.logDirectory = logDirectory;
        this.name = spec.name();
        this.process = process;
        this.logFile = logFile;
        this.baseUri = URI.create("http://localhost:" + spec.port());
    }

    /**
     * Starts the jar with the running JVM's own Java (the build's JDK 25) and waits until its
     * readiness probe answers 200, or fails with the last lines of its log.
     */
    public static ServiceProcess start(ServiceSpec spec, Path logDirectory, Duration readinessTimeout) {
        ServiceProcess service = launch(spec, logDirectory);
        service.awaitReady(readinessTimeout);
        log.atInfo().addKeyValue("service", spec.name()).addKeyValue("url", service.baseUri)
                .addKeyValue("log", service.logFile).log("service ready");
        return service;
    }

    /**
     * Starts the jar without waiting for it to be ready, as Kubernetes starts a pod whether or not what it depends on
     * answers yet; {@link #awaitReady} waits later.
     */
    public static ServiceProcess launch(ServiceSpec spec, Path logDirectory) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(spec.jvmOptions());
        command.add("-jar");
        command.add(spec.jar().toString());
        spec.properties().forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            Files.createDirectories(logDirectory);
            Path logFile = freshLogFile(logDirectory, spec.name());
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile())
                    .start();
            var service = new ServiceProcess(spec, logDirectory, process, logFile);
            Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(service::close));
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + spec.name(), e);
        }
    }

    /** {@code <name>.log}, or {@code <name>-2.log} and so on for the runs after a restart, so no run's log is lost. */
    private static Path freshLogFile(Path logDirectory, String name) {
        Path logFile = logDirectory.resolve(name + ".log");
        for (int run = 2; Files.exists(logFile); run++) {
            logFile = logDirectory.resolve(name + "-" + run + ".log");
        }
        return logFile;
    }

    public String name() {
        return name;
    }

    public ServiceSpec spec() {
        return spec;
    }

    public long pid() {
        return process.pid();
    }

    /** Ends the process at once with SIGKILL, as an OOM kill or a lost node does: no shutdown hook, no last commit. */
    public void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.atInfo().addKeyValue("service", name).addKeyValue("pid", process.pid()).log("service killed");
    }

    /** Starts the same service again (same port, settings and state folder) once this process has ended. */
    public ServiceProcess restart(Duration readinessTimeout) {
        close();
        return start(spec, logDirectory, readinessTimeout);
    }

    /** Like {@link #restart} but without waiting for readiness: the new process may be waiting on its dependencies. */
    public ServiceProcess relaunch() {
        close();
        return launch(spec, logDirectory);
    }

    public URI baseUri() {
        return baseUri;
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until the readiness probe answers 200; fails with the log's last lines if the process ends first. */
    public void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();
        URI readiness = baseUri.resolve("/actuator/health/readiness");
        try {
            Awaitility.await(name + " readiness").atMost(timeout).pollInterval(POLL_INTERVAL)
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException(name + " exited with " + process.exitValue() + tail());
                        }
                        return answersOk(http, readiness);
                    });
        } catch (ConditionTimeoutException e) {
            close();
            throw new IllegalStateException(name + " was not ready within " + timeout + tail(), e);
        }
    }

    private static boolean answersOk(HttpClient http, URI uri) {
        try {
            var request = HttpRequest.newBuilder(uri).timeout(PROBE_TIMEOUT).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(logFile);
            return "; last lines of " + logFile + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "; log " + logFile + " unreadable: " + e.getMessage();
        }
    }

    /** Asks for a graceful stop (SIGTERM, as Kubernetes does) and kills what is still running after a grace period. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** What to run: the service's name, jar, HTTP port, JVM options and Spring properties. */
    public record ServiceSpec(String name, Path jar, int port, List<String> jvmOptions, Map<String, String> properties) {

        public ServiceSpec {
            jvmOptions = List.copyOf(jvmOptions);
            properties = Map.copyOf(properties);
        }
    }
}

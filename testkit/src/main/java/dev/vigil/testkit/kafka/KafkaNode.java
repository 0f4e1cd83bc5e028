package dev.vigil.testkit.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Kafka server process of a {@link KafkaCluster} (a broker or the controller) on its own port and log
 * directory, both kept across restarts, so a test can stop, SIGKILL, pause and restart it as an operator or a
 * crashing machine would.
 */
public final class KafkaNode {

    private static final Logger log = LoggerFactory.getLogger(KafkaNode.class);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration LISTEN_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration CONNECT_TIMEOUT = Duration.ofMillis(200);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final List<String> JVM_OPTIONS = List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC",
            // C1 only: test brokers live minutes and carry little load; C2's compile time would outweigh it.
            "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true");

    private final String name;
    private final int nodeId;
    private final int port;
    private final Path directory;
    private final Path configFile;
    private final Path logFile;
    private final String classpath;
    private @Nullable Process process;
    private boolean paused;

    KafkaNode(String name, int nodeId, int port, Path directory, String classpath) {
        this.name = name;
        this.nodeId = nodeId;
        this.port = port;
        this.directory = directory;
        this.configFile = directory.resolve("server.properties");
        this.logFile = directory.resolve("server.log");
        this.classpath = classpath;
    }

    public String name() {
        return name;
    }

    public int nodeId() {
        return nodeId;
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return logFile;
    }

    Path dataDirectory() {
        return directory.resolve("data");
    }

    void configure(List<String> properties) {
        write(configFile, properties);
        write(directory.resolve("logback.xml"), List.of(
                "<configuration>",
                "  <appender name=\"out\" class=\"ch.qos.logback.core.ConsoleAppender\">",
                "    <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{30} - %msg%n</pattern></encoder>",
                "  </appender>",
                "  <logger name=\"state.change.logger\" level=\"WARN\"/>",
                "  <logger name=\"kafka.request.logger\" level=\"WARN\"/>",
                "  <root level=\"INFO\"><appender-ref ref=\"out\"/></root>",
                "</configuration>"));
    }

    /** Runs Kafka's own storage tool, as an operator does once before a node's first start. */
    void format(String clusterId) {
        Process tool = launch("kafka.tools.StorageTool", List.of("format", "-t", clusterId, "-c",
                configFile.toString(), "--ignore-formatted"), directory.resolve("format.log"));
        try {
            if (!tool.waitFor(LISTEN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS) || tool.exitValue() != 0) {
                tool.destroyForcibly();
                throw new IllegalStateException("Could not format " + name + ": "
                        + Files.readString(directory.resolve("format.log")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while formatting " + name, e);
        }
    }

    /** Starts the process and waits until its port accepts connections; a running node is left as it is. */
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        process = launch("kafka.Kafka", List.of(configFile.toString()), logFile);
        paused = false;
        awaitListening();
        log.atInfo().addKeyValue("node", name).addKeyValue("port", port).addKeyValue("pid", process.pid())
                .log("kafka node started");
    }

    /** A clean shutdown (SIGTERM), as a rolling restart does: leadership moves away before the process ends. */
    public synchronized void stop() {
        end(false);
    }

    /** SIGKILL: the process ends at once, with nothing flushed or handed over, as in a machine crash. */
    public synchronized void kill() {
        end(true);
    }

    /** SIGSTOP: the process stays but answers nothing, as in a long GC pause or a frozen VM. */
    public synchronized void pause() {
        signal("STOP");
        paused = true;
    }

    /** SIGCONT after {@link #pause()}. */
    public synchronized void resume() {
        signal("CONT");
        paused = false;
    }

    public synchronized void restart() {
        stop();
        start();
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    public synchronized boolean isPaused() {
        return paused;
    }

    public synchronized long pid() {
        if (process == null) {
            throw new IllegalStateException(name + " has not been started");
        }
        return process.pid();
    }

    private void end(boolean forcibly) {
        if (!isRunning()) {
            return;
        }
        Process running = process;
        if (paused) {
            resume();
        }
        if (forcibly) {
            running.destroyForcibly();
        } else {
            running.destroy();
        }
        try {
            if (!running.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                running.destroyForcibly();
                running.waitFor();
            }
        } catch (InterruptedException e) {
            running.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        log.atInfo().addKeyValue("node", name).addKeyValue("killed", forcibly).log("kafka node stopped");
    }

    private void signal(String signal) {
        if (!isRunning()) {
            throw new IllegalStateException(name + " is not running");
        }
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start();
            if (!kill.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + signal + " failed for " + name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while signalling " + name, e);
        }
    }

    private Process launch(String mainClass, List<String> arguments, Path output) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-Dlogback.configurationFile=" + directory.resolve("logback.xml"));
        command.add("-Dkafka.logs.dir=" + directory.resolve("logs"));
        command.add("-cp");
        command.add(classpath);
        command.add(mainClass);
        command.addAll(arguments);
        try {
            Process started = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
            Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(started::destroyForcibly));
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    private void awaitListening() {
        Awaitility.await(name + " listening on " + port).atMost(LISTEN_TIMEOUT).pollInterval(POLL)
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see "
                                + logFile);
                    }
                    return accepts(port);
                });
    }

    private static boolean accepts(int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), (int) CONNECT_TIMEOUT.toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void write(Path file, List<String> lines) {
        try {
            Files.write(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

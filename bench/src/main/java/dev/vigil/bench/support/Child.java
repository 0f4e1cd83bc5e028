package dev.vigil.bench.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A process the benchmark measures from outside (a service's executable jar, nginx, the Blackbox exporter): its
 * output goes to a log file, its pid gives CPU time and peak memory from /proc, and closing it always ends it.
 */
public final class Child implements AutoCloseable {

    private static final Duration STOP_GRACE = Duration.ofSeconds(15);

    private final Process process;
    private final Path log;

    private Child(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    public static Child start(List<String> command, Path log) {
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            var child = new Child(process, log);
            Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(child::close));
            return child;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }

    /** A service's executable jar on this JDK with the given JVM options and Spring properties. */
    public static Child serviceJar(Path jar, List<String> jvmOptions, Map<String, String> properties, Path log) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        return start(command, log);
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    public double cpuSeconds() {
        return Machine.cpuSeconds(process.pid());
    }

    public long peakRssBytes() {
        return Machine.peakRssBytes(process.pid());
    }

    /** SIGTERM, then SIGKILL after a grace period. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}

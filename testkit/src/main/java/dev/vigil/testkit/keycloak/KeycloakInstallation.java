package dev.vigil.testkit.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One unpacked and built Keycloak per version in the user's cache, shared by every JVM on the
 * machine: only the first start pays for unpacking and for Quarkus' build step.
 */
final class KeycloakInstallation {

    /** Overrides the cache folder, {@code ~/.cache/vigil} by default. */
    static final String CACHE_PROPERTY = "vigil.cache.dir";

    /**
     * Baked in by {@code kc.sh build}. The server then starts with {@code --optimized} and keeps
     * whatever was built, so the options are part of the installation's folder name.
     */
    static final List<String> BUILD_OPTIONS = List.of("--db=dev-mem", "--health-enabled=true");

    private static final Logger LOG = LoggerFactory.getLogger(KeycloakInstallation.class);
    private static final Duration UNPACK_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(3);
    private static final String STAGING = ".staging-";

    private KeycloakInstallation() {
    }

    static Path cacheRoot() {
        String override = System.getProperty(CACHE_PROPERTY);
        return override != null ? Path.of(override) : Path.of(System.getProperty("user.home"), ".cache", "vigil");
    }

    /** The installation's home folder, unpacked and built first if this machine has none yet. */
    static Path prepare(KeycloakDistribution distribution, Path cacheRoot) {
        String name = "keycloak-%s-%08x".formatted(distribution.version(), BUILD_OPTIONS.hashCode());
        Path home = cacheRoot.resolve(name);
        if (Files.isDirectory(home)) {
            return home;
        }
        try {
            Files.createDirectories(cacheRoot);
            // Another JVM may be preparing the same installation: wait for it, then find it done.
            try (FileChannel channel = FileChannel.open(cacheRoot.resolve(name + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                if (!Files.isDirectory(home)) {
                    build(distribution, cacheRoot, name, home);
                }
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare Keycloak in " + home, e);
        }
    }

    private static void build(KeycloakDistribution distribution, Path cacheRoot, String name, Path home)
            throws IOException {
        long started = System.nanoTime();
        deleteStagingLeftBehind(cacheRoot, name);
        Path staging = Files.createTempDirectory(cacheRoot, name + STAGING);
        Path log = cacheRoot.resolve(name + ".prepare.log");
        Files.deleteIfExists(log);

        // The system tar rather than a Java untar: kc.sh needs a POSIX system anyway, where tar is
        // always present, restores the scripts' execute bits and costs testkit no dependency.
        PreparationStep.run("Unpacking " + distribution.archive(), new ProcessBuilder(
                "tar", "-xzf", distribution.archive().toString(), "--no-same-owner", "-C", staging.toString()),
                log, UNPACK_TIMEOUT);
        Path unpacked = singleFolderIn(staging);
        PreparationStep.run("kc.sh build", ChildEnvironment.applyTo(new ProcessBuilder(
                Stream.concat(Stream.of(unpacked.resolve("bin").resolve("kc.sh").toString(), "build"),
                        BUILD_OPTIONS.stream()).toList()).directory(unpacked.toFile())),
                log, BUILD_TIMEOUT);

        // The rename is atomic, so no JVM ever sees a half-prepared installation under the final name.
        Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
        deleteRecursively(staging);
        LOG.info("Unpacked and built Keycloak {} into {} in {} ms", distribution.version(), home,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    private static Path singleFolderIn(Path staging) throws IOException {
        try (Stream<Path> entries = Files.list(staging)) {
            List<Path> folders = entries.filter(Files::isDirectory).toList();
            if (folders.size() != 1) {
                throw new IllegalStateException("Expected the Keycloak archive to hold one folder, found " + folders);
            }
            return folders.getFirst();
        }
    }

    /** Staging folders of JVMs that died while preparing; the lock guarantees none is in use. */
    private static void deleteStagingLeftBehind(Path cacheRoot, String name) throws IOException {
        try (Stream<Path> entries = Files.list(cacheRoot)) {
            for (Path leftover : entries.filter(path -> path.getFileName().toString().startsWith(name + STAGING)).toList()) {
                deleteRecursively(leftover);
            }
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> tree = Files.walk(folder)) {
            for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

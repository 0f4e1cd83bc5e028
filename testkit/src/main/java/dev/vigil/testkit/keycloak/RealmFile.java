package dev.vigil.testkit.keycloak;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Finds Vigil's realm export, the one file that tests, the local stack, docker compose and Helm all
 * import, so the demo users and clients cannot drift apart between them.
 */
final class RealmFile {

    /** Names the realm file directly, for runs from outside the repository. */
    static final String PROPERTY = "vigil.keycloak.realm-file";

    static final Path IN_REPOSITORY = Path.of("deploy", "keycloak", "vigil-realm.json");

    private RealmFile() {
    }

    static Path locate() {
        return locate(System.getProperty(PROPERTY), Path.of("").toAbsolutePath());
    }

    static Path locate(@Nullable String override, Path workingDirectory) {
        if (override != null) {
            Path file = Path.of(override).toAbsolutePath();
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("-D%s=%s names no file".formatted(PROPERTY, override));
            }
            return file;
        }
        for (Path folder = workingDirectory; folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve(IN_REPOSITORY);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "Found no %s in %s or any folder above it: run inside the Vigil repository or set -D%s"
                        .formatted(IN_REPOSITORY, workingDirectory, PROPERTY));
    }
}

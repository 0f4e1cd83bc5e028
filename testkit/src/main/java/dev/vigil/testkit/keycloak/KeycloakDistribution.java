package dev.vigil.testkit.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The Keycloak server tar.gz that Maven resolved for testkit's dependency on
 * {@code org.keycloak:keycloak-quarkus-dist}, found in the local repository rather than downloaded
 * again, so Maven stays the only thing that fetches it.
 */
record KeycloakDistribution(String version, Path archive) {

    private static final String BUILT_WITH = "keycloak-distribution.properties";

    static KeycloakDistribution locate() {
        Properties builtWith = builtWith();
        String version = filled(builtWith, "version").orElseThrow(() -> new IllegalStateException(
                BUILT_WITH + " has no Keycloak version: testkit was built without Maven's resource filtering"));
        List<Path> repositories = Stream.of(
                        Optional.ofNullable(System.getProperty("maven.repo.local")),
                        filled(builtWith, "local-repository"),
                        Optional.of(Path.of(System.getProperty("user.home"), ".m2", "repository").toString()))
                .flatMap(Optional::stream)
                .map(Path::of)
                .distinct()
                .toList();
        return locate(version, repositories);
    }

    static KeycloakDistribution locate(String version, List<Path> repositories) {
        Path relative = Path.of("org", "keycloak", "keycloak-quarkus-dist", version,
                "keycloak-quarkus-dist-" + version + ".tar.gz");
        return repositories.stream()
                .map(repository -> repository.resolve(relative))
                .filter(Files::isRegularFile)
                .findFirst()
                .map(archive -> new KeycloakDistribution(version, archive))
                .orElseThrow(() -> new IllegalStateException("""
                        The Keycloak server distribution org.keycloak:keycloak-quarkus-dist:%1$s:tar.gz \
                        is in none of the local Maven repositories %2$s.
                        testkit depends on it so that Maven downloads it; fetch it with
                            ./mvnw dependency:get -Dartifact=org.keycloak:keycloak-quarkus-dist:%1$s:tar.gz"""
                        .formatted(version, repositories)));
    }

    private static Properties builtWith() {
        try (InputStream in = KeycloakDistribution.class.getResourceAsStream(BUILT_WITH)) {
            if (in == null) {
                throw new IllegalStateException(BUILT_WITH + " is missing from testkit's classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A value Maven filled in; an unfiltered placeholder counts as absent. */
    private static Optional<String> filled(Properties properties, String key) {
        return Optional.ofNullable(properties.getProperty(key))
                .map(String::strip)
                .filter(value -> !value.isEmpty() && !value.contains("@") && !value.contains("${"));
    }
}

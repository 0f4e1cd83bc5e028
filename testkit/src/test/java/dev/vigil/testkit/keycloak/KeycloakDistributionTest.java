package dev.vigil.testkit.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeycloakDistributionTest {

    @TempDir
    Path folder;

    @Test
    void isTakenFromTheFirstRepositoryThatHoldsIt() throws IOException {
        Path empty = Files.createDirectories(folder.resolve("empty"));
        Path fallback = folder.resolve("m2");
        Path archive = Files.createDirectories(fallback.resolve("org/keycloak/keycloak-quarkus-dist/26.7.3"))
                .resolve("keycloak-quarkus-dist-26.7.3.tar.gz");
        Files.write(archive, new byte[] {1});

        assertThat(KeycloakDistribution.locate("26.7.3", List.of(empty, fallback)).archive()).isEqualTo(archive);
    }

    @Test
    void missingArchiveNamesTheArtifactToFetch() {
        assertThatIllegalStateException()
                .isThrownBy(() -> KeycloakDistribution.locate("26.7.3", List.of(folder)))
                .withMessageContaining("org.keycloak:keycloak-quarkus-dist:26.7.3:tar.gz");
    }

    @Test
    void versionIsTheOneMavenBuiltTestkitWith() {
        assertThat(KeycloakDistribution.locate().version()).matches("\\d+\\.\\d+\\.\\d+");
    }
}

package dev.vigil.testkit.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RealmFileTest {

    @TempDir
    Path repository;

    @Test
    void isFoundInAFolderAboveTheWorkingDirectory() throws IOException {
        Path realm = Files.createDirectories(repository.resolve("deploy/keycloak")).resolve("vigil-realm.json");
        Files.writeString(realm, "{}");
        Path module = Files.createDirectories(repository.resolve("gateway/target"));

        assertThat(RealmFile.locate(null, module)).isEqualTo(realm);
    }

    @Test
    void systemPropertyNamesTheFileDirectly() throws IOException {
        Path realm = Files.writeString(repository.resolve("elsewhere.json"), "{}");

        assertThat(RealmFile.locate(realm.toString(), Path.of("/"))).isEqualTo(realm);
    }

    @Test
    void missingFileNamesThePropertyThatWouldOverrideIt() {
        assertThatIllegalStateException()
                .isThrownBy(() -> RealmFile.locate(null, repository))
                .withMessageContaining("vigil.keycloak.realm-file");
    }
}

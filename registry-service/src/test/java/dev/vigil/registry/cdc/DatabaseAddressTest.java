package dev.vigil.registry.cdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class DatabaseAddressTest {

    @Test
    void readsHostPortAndDatabaseIgnoringParameters() {
        assertThat(DatabaseAddress.parse("jdbc:postgresql://db.internal:6543/registry?sslmode=require"))
                .isEqualTo(new DatabaseAddress("db.internal", 6543, "registry"));
    }

    @Test
    void portDefaultsToPostgresqlsOwn() {
        assertThat(DatabaseAddress.parse("jdbc:postgresql://localhost/registry").port()).isEqualTo(5432);
    }

    @Test
    void urlWithoutDatabaseIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> DatabaseAddress.parse("jdbc:postgresql://localhost/"));
    }

    @Test
    void otherDatabasesAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> DatabaseAddress.parse("jdbc:h2:mem:registry"));
    }
}

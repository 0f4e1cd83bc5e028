package dev.vigil.registry.api;

import dev.vigil.testkit.keycloak.DemoUser;
import dev.vigil.testkit.keycloak.KeycloakServer;
import dev.vigil.testkit.keycloak.WithKeycloak;
import dev.vigil.testkit.postgres.WithPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The running registry on a database of the test class's own, called over HTTP with alice's real
 * Keycloak token; subclasses add their own {@code @SpringBootTest} properties and table cleanup.
 */
@WithPostgres(freshDatabase = true)
@WithKeycloak
public abstract class RegistryApiFixture {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    protected ApiClient api;
    protected String alice;

    @BeforeEach
    void connectAsAlice() {
        api = new ApiClient(port);
        alice = KeycloakServer.shared().accessToken(DemoUser.ALICE);
    }
}

package dev.vigil.registry.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.registry.api.ApiClient;
import dev.vigil.registry.api.Monitors;
import dev.vigil.registry.api.WithoutKafka;
import dev.vigil.testkit.keycloak.DemoUser;
import dev.vigil.testkit.keycloak.KeycloakServer;
import dev.vigil.testkit.keycloak.WithKeycloak;
import dev.vigil.testkit.postgres.TestDatabase;
import dev.vigil.testkit.postgres.WithPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * PostgreSQL becoming unreachable during a create: the shared embedded server cannot be stopped under other test
 * classes, so this test makes the class's own database refuse connections ({@code allow_connections false}, which
 * binds superusers too) and terminates every open backend, which is what the service sees when the server dies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {WithoutKafka.CDC_OFF, WithoutKafka.NO_TOPIC_CREATION,
            "spring.datasource.hikari.connection-timeout=1000"})
@WithPostgres(freshDatabase = true)
@WithKeycloak
class DatabaseOutageIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void aCreateWhileTheDatabaseIsDownAnswers503AndLeavesNoRows(TestDatabase database) throws SQLException {
        ApiClient api = new ApiClient(port);
        String alice = KeycloakServer.shared().accessToken(DemoUser.ALICE);
        assertThat(api.get(alice, "/api/v1/monitors").status()).isEqualTo(200);

        ApiClient.Response brokenMidTransaction;
        ApiClient.Response noConnection;
        try (Connection admin = maintenanceConnection(database)) {
            cutOff(admin, database.name(), false);
            try {
                // The first create gets a pooled connection whose backend is gone and fails inside the transaction;
                // the second finds no usable connection and cannot even begin one.
                brokenMidTransaction = api.post(alice, "/api/v1/monitors", Monitors.tcp("during outage"));
                noConnection = api.post(alice, "/api/v1/monitors", Monitors.tcp("still down"));
            } finally {
                cutOff(admin, database.name(), true);
            }
        }

        assertThat(brokenMidTransaction.status()).as(brokenMidTransaction.raw().body()).isEqualTo(503);
        assertThat(brokenMidTransaction.contentType()).startsWith("application/problem+json");
        assertThat(noConnection.status()).as(noConnection.raw().body()).isEqualTo(503);
        try (Connection connection = database.connect(); Statement query = connection.createStatement()) {
            var rows = query.executeQuery(
                    "select (select count(*) from monitor) + (select count(*) from outbox_event)");
            rows.next();
            assertThat(rows.getLong(1)).isZero();
        }
        // The pool re-opens connections with a back-off after failed attempts, so recovery takes a moment.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(api.post(alice, "/api/v1/monitors", Monitors.tcp("after outage")).status()).isEqualTo(201));
    }

    private static void cutOff(Connection admin, String database, boolean allow) throws SQLException {
        try (Statement statement = admin.createStatement()) {
            statement.execute("alter database \"%s\" allow_connections %s".formatted(database, allow));
            if (!allow) {
                // With a timeout, pg_terminate_backend waits until each backend has really exited.
                statement.execute("select pg_terminate_backend(pid, 10000) from pg_stat_activity where datname = '%s'"
                        .formatted(database));
            }
        }
    }

    private static Connection maintenanceConnection(TestDatabase database) throws SQLException {
        String url = database.jdbcUrl().substring(0, database.jdbcUrl().lastIndexOf('/') + 1) + "postgres";
        return DriverManager.getConnection(url, database.username(), database.password());
    }
}

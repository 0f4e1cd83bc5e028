package dev.vigil.testkit.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * A PostgreSQL server of one test class's own, with server settings the shared {@link PostgresServer} must not have
 * (a tiny {@code max_slot_wal_keep_size} that invalidates replication slots, say), so its faults cannot reach the
 * slots of other test classes. Logical WAL as on the shared server; closing it stops the server.
 */
public final class IsolatedPostgresServer implements AutoCloseable {

    private static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;

    private IsolatedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts a server with logical WAL and these settings on top. */
    public static IsolatedPostgresServer start(Map<String, String> settings) {
        Map<String, String> config = new HashMap<>(Map.of(
                "wal_level", "logical",
                "max_replication_slots", "10",
                "max_wal_senders", "10"));
        config.putAll(settings);
        try {
            var builder = EmbeddedPostgres.builder();
            config.forEach(builder::setServerConfig);
            return new IsolatedPostgresServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
    }

    /** A new database on this server. */
    public TestDatabase database(String name) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                var create = connection.createStatement()) {
            create.execute("create database \"" + name + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return new TestDatabase(name, "jdbc:postgresql://localhost:%d/%s".formatted(postgres.getPort(), name),
                SUPERUSER, "");
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop embedded PostgreSQL", e);
        }
    }
}

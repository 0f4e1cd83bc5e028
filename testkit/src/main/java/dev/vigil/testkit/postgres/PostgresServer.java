package dev.vigil.testkit.postgres;

import dev.vigil.testkit.ServerPorts;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real PostgreSQL binaries started once per JVM with logical WAL, so Debezium's pgoutput
 * replication works against it exactly as against a production server.
 */
public final class PostgresServer {

    /** The database tests share unless they ask for their own. */
    public static final String SHARED_DATABASE = "vigil";

    private static final String SUPERUSER = "postgres";
    private static final int MAX_DATABASE_NAME_LENGTH = 63;
    private static final Map<String, String> SERVER_CONFIG = Map.of(
            "wal_level", "logical",
            "max_replication_slots", "20",
            "max_wal_senders", "20",
            "max_connections", "300",
            // Tests may leave a slot behind; never let it pin WAL until the disk fills.
            "max_slot_wal_keep_size", "1GB");

    private final EmbeddedPostgres postgres;
    private final Set<String> created = ConcurrentHashMap.newKeySet();

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** The JVM's server, started by the first caller. */
    public static PostgresServer shared() {
        return Holder.INSTANCE;
    }

    public int port() {
        return postgres.getPort();
    }

    /** The shared database, created on first use. */
    public TestDatabase database() {
        return database(SHARED_DATABASE);
    }

    /** A database of its own for one test class, created on first use and reused after. */
    public TestDatabase databaseFor(Class<?> testClass) {
        return database(databaseNameFor(testClass));
    }

    /** The name {@link #databaseFor} uses: stable per class, within PostgreSQL's identifier limit. */
    public static String databaseNameFor(Class<?> testClass) {
        String name = ("t_" + testClass.getName().replaceAll("[^A-Za-z0-9]", "_")).toLowerCase(Locale.ROOT);
        return name.substring(Math.max(0, name.length() - MAX_DATABASE_NAME_LENGTH));
    }

    public TestDatabase database(String name) {
        if (created.add(name)) {
            createIfMissing(name);
        }
        return new TestDatabase(name, "jdbc:postgresql://localhost:%d/%s".formatted(port(), name), SUPERUSER, "");
    }

    private void createIfMissing(String name) {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://localhost:%d/postgres".formatted(port()), SUPERUSER, "")) {
            try (var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, name);
                if (exists.executeQuery().next()) {
                    return;
                }
            }
            try (var create = connection.createStatement()) {
                create.execute("create database \"" + name + "\"");
            }
        } catch (SQLException e) {
            created.remove(name);
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    private static final class Holder {
        private static final PostgresServer INSTANCE = start();

        private static PostgresServer start() {
            try {
                var builder = EmbeddedPostgres.builder();
                SERVER_CONFIG.forEach(builder::setServerConfig);
                if (ServerPorts.isFixed("postgres")) {
                    builder.setPort(ServerPorts.configured("postgres"));
                }
                return new PostgresServer(builder.setRegisterShutdownHook(true).start());
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
            }
        }
    }
}

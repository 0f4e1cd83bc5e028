package dev.vigil.registry.cdc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The registry's database login, for the connections CDC needs outside the pool: the leadership lock must live on
 * one session of its own, and the engine opens its replication connection itself.
 */
record DatabaseLogin(String jdbcUrl, String username, String password) {

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, username, password);
    }

    DatabaseAddress address() {
        return DatabaseAddress.parse(jdbcUrl);
    }
}

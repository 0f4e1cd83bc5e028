package dev.vigil.registry.cdc;

import java.net.URI;

/** Host, port and database of a PostgreSQL JDBC URL, which Debezium's connector wants as separate settings. */
record DatabaseAddress(String host, int port, String database) {

    private static final String JDBC_PREFIX = "jdbc:";
    private static final int DEFAULT_PORT = 5432;

    static DatabaseAddress parse(String jdbcUrl) {
        if (!jdbcUrl.startsWith(JDBC_PREFIX + "postgresql://")) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        URI uri = URI.create(jdbcUrl.substring(JDBC_PREFIX.length()));
        String database = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (uri.getHost() == null || database.isEmpty()) {
            throw new IllegalArgumentException("The JDBC URL names no host or database: " + jdbcUrl);
        }
        return new DatabaseAddress(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), database);
    }
}

package dev.vigil.registry.cdc;

import java.util.Properties;

/**
 * The Debezium configuration: pgoutput on our own inserts-only publication and slot, no snapshot (the outbox is a
 * queue, not state), offsets in the registry's database, heartbeats as WAL messages so the slot advances without
 * touching any table, and no retries inside the engine, so every restart passes the slot check first.
 */
final class EngineSettings {

    /** A non-transactional logical message: it reaches the engine without being in any publication. */
    private static final String HEARTBEAT_QUERY = "SELECT pg_logical_emit_message(false, 'vigil-heartbeat', 'beat')";

    /**
     * The JDBC offset store insists on a non-empty password even where the server authenticates without one (trust
     * or peer authentication, as in tests); the server never asks for it then, so any placeholder will do.
     */
    private static final String UNUSED_PASSWORD = "unused";

    private EngineSettings() {
    }

    private static String offsetStorePassword(DatabaseLogin login) {
        return login.password().isEmpty() ? UNUSED_PASSWORD : login.password();
    }

    static Properties of(CdcProperties cdc, DatabaseLogin login) {
        DatabaseAddress address = login.address();
        var properties = new Properties();
        properties.setProperty("name", cdc.engineName());
        properties.setProperty("connector.class", "io.debezium.connector.postgresql.PostgresConnector");
        properties.setProperty("offset.storage", "io.debezium.storage.jdbc.offset.JdbcOffsetBackingStore");
        properties.setProperty("offset.storage.jdbc.connection.url", login.jdbcUrl());
        properties.setProperty("offset.storage.jdbc.connection.user", login.username());
        properties.setProperty("offset.storage.jdbc.connection.password", offsetStorePassword(login));
        properties.setProperty("offset.storage.jdbc.table.name", cdc.offsetTable());
        properties.setProperty("offset.flush.interval.ms", Long.toString(cdc.offsetFlushInterval().toMillis()));
        properties.setProperty("database.hostname", address.host());
        properties.setProperty("database.port", Integer.toString(address.port()));
        properties.setProperty("database.dbname", address.database());
        properties.setProperty("database.user", login.username());
        properties.setProperty("database.password", login.password());
        // The slot's name is unique on the server, so it also keeps the engine's offsets and JMX names apart from
        // those of any other registry (or test) running against the same server or in the same JVM.
        properties.setProperty("topic.prefix", cdc.slotName());
        properties.setProperty("plugin.name", "pgoutput");
        properties.setProperty("slot.name", cdc.slotName());
        properties.setProperty("publication.name", cdc.publicationName());
        properties.setProperty("publication.autocreate.mode", "disabled");
        properties.setProperty("table.include.list", cdc.outboxTable());
        properties.setProperty("snapshot.mode", "no_data");
        properties.setProperty("tombstones.on.delete", "false");
        properties.setProperty("heartbeat.interval.ms", Long.toString(cdc.heartbeatInterval().toMillis()));
        properties.setProperty("heartbeat.action.query", HEARTBEAT_QUERY);
        properties.setProperty("errors.max.retries", "0");
        return properties;
    }
}

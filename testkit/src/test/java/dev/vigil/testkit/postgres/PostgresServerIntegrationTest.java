package dev.vigil.testkit.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

@WithPostgres(freshDatabase = true)
class PostgresServerIntegrationTest {

    @Test
    void walLevelIsLogicalSoDebeziumCanStream(TestDatabase database) throws SQLException {
        try (var connection = database.connect(); var statement = connection.createStatement();
                var result = statement.executeQuery("show wal_level")) {
            result.next();
            assertThat(result.getString(1)).isEqualTo("logical");
        }
    }

    @Test
    void aLogicalReplicationSlotWithPgoutputCanBeCreatedAndDropped(TestDatabase database) throws SQLException {
        try (var connection = database.connect(); var statement = connection.createStatement()) {
            try (var created = statement.executeQuery(
                    "select slot_name from pg_create_logical_replication_slot('testkit_slot', 'pgoutput')")) {
                created.next();
                assertThat(created.getString(1)).isEqualTo("testkit_slot");
            }
            try (var slots = statement.executeQuery(
                    "select plugin, database from pg_replication_slots where slot_name = 'testkit_slot'")) {
                assertThat(slots.next()).isTrue();
                assertThat(slots.getString("plugin")).isEqualTo("pgoutput");
                assertThat(slots.getString("database")).isEqualTo(database.name());
            }
            statement.execute("select pg_drop_replication_slot('testkit_slot')");
        }
    }

    @Test
    void aFreshDatabaseBelongsToTheTestClass(TestDatabase database) {
        assertThat(database.name()).isEqualTo(PostgresServer.databaseNameFor(PostgresServerIntegrationTest.class))
                .isNotEqualTo(PostgresServer.SHARED_DATABASE);
    }

    @Test
    void writesAreVisibleToALaterConnection(TestDatabase database) throws SQLException {
        try (var connection = database.connect(); var statement = connection.createStatement()) {
            statement.execute("create table if not exists probe (id int primary key)");
            statement.execute("insert into probe values (1) on conflict do nothing");
        }
        try (var connection = database.connect(); var statement = connection.createStatement();
                var result = statement.executeQuery("select count(*) from probe")) {
            result.next();
            assertThat(result.getInt(1)).isEqualTo(1);
        }
    }
}

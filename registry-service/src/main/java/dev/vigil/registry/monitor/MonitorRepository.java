package dev.vigil.registry.monitor;

import dev.vigil.contracts.json.ContractsJson;
import dev.vigil.contracts.monitor.CheckKind;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Monitors as stored: the snapshot with the monitor's own maintenance windows, plus columns to scope, filter and
 * page by. Every query names the tenant, so another tenant's monitor is simply not found.
 */
@Repository
class MonitorRepository {

    private static final String SELECT = "select definition::text from monitor ";

    private final JdbcClient jdbc;

    MonitorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(MonitorSnapshot monitor) {
        jdbc.sql("""
                insert into monitor (id, tenant, kind, enabled, definition, version, updated_at)
                values (?, ?, ?, ?, cast(? as jsonb), ?, ?)
                """)
                .params(monitor.id(), monitor.tenant(), kindName(monitor.check().kind()), monitor.enabled(),
                        json(monitor), monitor.version(), Timestamp.from(monitor.updatedAt()))
                .update();
    }

    void update(MonitorSnapshot monitor) {
        jdbc.sql("""
                update monitor set enabled = ?, definition = cast(? as jsonb), version = ?, updated_at = ?
                where id = ? and tenant = ?
                """)
                .params(monitor.enabled(), json(monitor), monitor.version(), Timestamp.from(monitor.updatedAt()),
                        monitor.id(), monitor.tenant())
                .update();
    }

    Optional<MonitorSnapshot> find(UUID id, String tenant) {
        return jdbc.sql(SELECT + "where id = ? and tenant = ?").params(id, tenant)
                .query(String.class).optional().map(MonitorRepository::snapshot);
    }

    /** Reads the monitor and locks its row, so concurrent changes to one monitor apply one after the other. */
    Optional<MonitorSnapshot> lock(UUID id, String tenant) {
        return jdbc.sql(SELECT + "where id = ? and tenant = ? for update").params(id, tenant)
                .query(String.class).optional().map(MonitorRepository::snapshot);
    }

    boolean delete(UUID id, String tenant) {
        return jdbc.sql("delete from monitor where id = ? and tenant = ?").params(id, tenant).update() == 1;
    }

    List<MonitorSnapshot> page(String tenant, @Nullable Boolean enabled, @Nullable CheckKind kind, int page,
            int size) {
        return jdbc.sql(SELECT + """
                where tenant = ? and (cast(? as boolean) is null or enabled = ?)
                and (cast(? as varchar) is null or kind = ?)
                order by created_at, id limit ? offset ?
                """)
                .params(tenant, enabled, enabled, kindName(kind), kindName(kind), size, (long) page * size)
                .query(String.class).list().stream().map(MonitorRepository::snapshot).toList();
    }

    long count(String tenant, @Nullable Boolean enabled, @Nullable CheckKind kind) {
        return jdbc.sql("""
                select count(*) from monitor
                where tenant = ? and (cast(? as boolean) is null or enabled = ?)
                and (cast(? as varchar) is null or kind = ?)
                """)
                .params(tenant, enabled, enabled, kindName(kind), kindName(kind))
                .query(Long.class).single();
    }

    List<MonitorSnapshot> lockAll(String tenant) {
        return jdbc.sql(SELECT + "where tenant = ? order by id for update").param(tenant)
                .query(String.class).list().stream().map(MonitorRepository::snapshot).toList();
    }

    /** Every monitor with request headers, locked, for a one-off pass over all tenants. */
    List<MonitorSnapshot> lockAllWithHeaders() {
        return jdbc.sql(SELECT + """
                where jsonb_typeof(definition -> 'check' -> 'http' -> 'headers') = 'object'
                and definition -> 'check' -> 'http' -> 'headers' <> '{}'::jsonb
                order by id for update
                """)
                .query(String.class).list().stream().map(MonitorRepository::snapshot).toList();
    }

    static @Nullable String kindName(@Nullable CheckKind kind) {
        return kind == null ? null : kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String json(MonitorSnapshot monitor) {
        return ContractsJson.mapper().writeValueAsString(monitor);
    }

    private static MonitorSnapshot snapshot(String json) {
        return ContractsJson.mapper().readValue(json, MonitorSnapshot.class);
    }
}

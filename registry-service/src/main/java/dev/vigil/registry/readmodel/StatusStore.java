package dev.vigil.registry.readmodel;

import dev.vigil.contracts.status.MonitorStatus;
import java.sql.Timestamp;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the newest status per monitor; an older record arriving late never overwrites a newer one. */
@Component
class StatusStore {

    private final JdbcClient jdbc;
    private final IncidentStore incidents;

    StatusStore(JdbcClient jdbc, IncidentStore incidents) {
        this.jdbc = jdbc;
        this.incidents = incidents;
    }

    @Transactional
    void save(MonitorStatus status) {
        jdbc.sql("""
                insert into monitor_status (monitor_id, tenant, state, status, updated_at)
                values (?, ?, ?, cast(? as jsonb), ?)
                on conflict (monitor_id) do update
                set tenant = excluded.tenant, state = excluded.state, status = excluded.status,
                    updated_at = excluded.updated_at
                where monitor_status.updated_at <= excluded.updated_at
                """)
                .params(status.monitorId(), status.tenant(), status.state().name().toLowerCase(Locale.ROOT),
                        Json.write(status), Timestamp.from(status.updatedAt()))
                .update();
        if (status.openIncident() != null) {
            incidents.opened(status.openIncident().id(), status.monitorId(), status.tenant(),
                    status.openIncident().openedAt());
        }
    }

    void delete(UUID monitorId) {
        jdbc.sql("delete from monitor_status where monitor_id = ?").param(monitorId).update();
    }
}

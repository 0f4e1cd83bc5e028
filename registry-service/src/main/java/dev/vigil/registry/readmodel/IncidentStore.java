package dev.vigil.registry.readmodel;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Incidents from the alerts and statuses that mention them; both writes converge on the same row whatever the
 * order or number of times they arrive.
 */
@Component
class IncidentStore {

    private final JdbcClient jdbc;

    IncidentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void opened(UUID incidentId, UUID monitorId, String tenant, Instant openedAt) {
        jdbc.sql("""
                insert into incident (id, monitor_id, tenant, opened_at) values (?, ?, ?, ?)
                on conflict (id) do update set opened_at = least(incident.opened_at, excluded.opened_at)
                """)
                .params(incidentId, monitorId, tenant, Timestamp.from(openedAt))
                .update();
    }

    void closed(UUID incidentId, UUID monitorId, String tenant, Instant openedAt, Instant closedAt) {
        jdbc.sql("""
                insert into incident (id, monitor_id, tenant, opened_at, closed_at) values (?, ?, ?, ?, ?)
                on conflict (id) do update set closed_at = excluded.closed_at
                """)
                .params(incidentId, monitorId, tenant, Timestamp.from(openedAt), Timestamp.from(closedAt))
                .update();
    }
}

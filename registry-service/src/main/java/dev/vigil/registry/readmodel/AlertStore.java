package dev.vigil.registry.readmodel;

import dev.vigil.contracts.alert.Alert;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alert history by alert id, so a duplicate is dropped, and the incidents alerts open and close: a failure streak
 * opens one, a recovery closes it.
 */
@Component
class AlertStore {

    private final JdbcClient jdbc;
    private final IncidentStore incidents;

    AlertStore(JdbcClient jdbc, IncidentStore incidents) {
        this.jdbc = jdbc;
        this.incidents = incidents;
    }

    @Transactional
    void save(Alert alert) {
        jdbc.sql("""
                insert into alert_history (id, monitor_id, tenant, type, incident_id, occurred_at, alert)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb))
                on conflict (id) do nothing
                """)
                .params(alert.id(), alert.monitorId(), alert.tenant(), alert.type().name().toLowerCase(Locale.ROOT),
                        alert.incidentId(), Timestamp.from(alert.occurredAt()), Json.write(alert))
                .update();
        if (alert.incidentId() == null) {
            return;
        }
        switch (alert.type()) {
            case FAILURE_STREAK -> incidents.opened(alert.incidentId(), alert.monitorId(), alert.tenant(),
                    alert.occurredAt());
            case RECOVERY -> incidents.closed(alert.incidentId(), alert.monitorId(), alert.tenant(),
                    openedBefore(alert), alert.occurredAt());
            case STILL_DOWN, SLA_BREACH, SLA_RESTORED, BUDGET_BURN, LATENCY_BREACH, LATENCY_RESTORED, TLS_EXPIRY,
                    PROBE_MISSING, TEST -> {
                // These report on a monitor's health but neither open nor close an incident.
            }
        }
    }

    /** When a recovery arrives before its failure streak, its downtime says when the incident began. */
    private static Instant openedBefore(Alert recovery) {
        Long downtime = recovery.details().downtimeSeconds();
        return downtime == null ? recovery.occurredAt() : recovery.occurredAt().minusSeconds(downtime);
    }
}

package dev.vigil.registry.readmodel;

import dev.vigil.contracts.delivery.DeliveryOutcome;
import java.sql.Timestamp;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The latest outcome per alert and channel; an older attempt's outcome arriving late is ignored. */
@Component
class DeliveryStore {

    private final JdbcClient jdbc;

    DeliveryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(DeliveryOutcome outcome) {
        jdbc.sql("""
                insert into delivery_outcome (alert_id, channel_id, monitor_id, tenant, channel_kind, outcome, attempts,
                    last_error, next_attempt_at, occurred_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (alert_id, channel_id) do update
                set outcome = excluded.outcome, attempts = excluded.attempts, last_error = excluded.last_error,
                    next_attempt_at = excluded.next_attempt_at, occurred_at = excluded.occurred_at
                where delivery_outcome.occurred_at <= excluded.occurred_at
                """)
                .params(outcome.alertId(), outcome.channelId(), outcome.monitorId(), outcome.tenant(),
                        outcome.channelKind().name().toLowerCase(Locale.ROOT),
                        outcome.outcome().name().toLowerCase(Locale.ROOT), outcome.attempts(), outcome.lastError(),
                        outcome.nextAttemptAt() == null ? null : Timestamp.from(outcome.nextAttemptAt()),
                        Timestamp.from(outcome.occurredAt()))
                .update();
    }
}

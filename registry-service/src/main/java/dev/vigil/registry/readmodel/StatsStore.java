package dev.vigil.registry.readmodel;

import dev.vigil.contracts.stats.ServiceStats;
import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** One row per monitor, region, window size and start: a window recomputed or replayed replaces its row. */
@Component
class StatsStore {

    /** The region column's value for figures over all regions together, so the key has no nulls. */
    static final String ALL_REGIONS = "";

    private final JdbcClient jdbc;

    StatsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(ServiceStats stats) {
        jdbc.sql("""
                insert into stats_window (monitor_id, region, window_seconds, window_start, window_end, tenant, probes,
                    failures, availability, error_budget_remaining, stats)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
                on conflict (monitor_id, region, window_seconds, window_start) do update
                set window_end = excluded.window_end, tenant = excluded.tenant, probes = excluded.probes,
                    failures = excluded.failures, availability = excluded.availability,
                    error_budget_remaining = excluded.error_budget_remaining, stats = excluded.stats
                """)
                .params(stats.monitorId(), stats.region() == null ? ALL_REGIONS : stats.region(),
                        stats.window().sizeSeconds(), Timestamp.from(stats.window().start()),
                        Timestamp.from(stats.window().end()), stats.tenant(), stats.count(), stats.failures(),
                        stats.availability(), stats.errorBudgetRemaining(), Json.write(stats))
                .update();
    }
}

package dev.vigil.registry.readmodel;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deletes history past the retention in small batches, each its own short transaction, so the purge never holds
 * many row locks or blocks the listeners writing new rows. Current state (monitor_status) is not history and stays.
 */
@Component
class RetentionPurge {

    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

    /** Each table with the column that dates its rows; closed incidents only, an open one is still current. */
    private static final List<Purgeable> HISTORY = List.of(
            new Purgeable("stats_window", "window_end"),
            new Purgeable("alert_history", "occurred_at"),
            new Purgeable("delivery_outcome", "occurred_at"),
            new Purgeable("incident", "closed_at"));

    private final JdbcClient jdbc;
    private final ReadModelProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;

    RetentionPurge(JdbcClient jdbc, ReadModelProperties properties, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
    }

    /** Purges every history table down to the retention; returns the rows deleted. */
    long purge() {
        Instant cutoff = clock.instant().minus(properties.retention());
        long total = 0;
        for (Purgeable table : HISTORY) {
            long deleted = purge(table, cutoff);
            if (deleted > 0) {
                Counter.builder("vigil.registry.read-model.purged")
                        .description("History rows deleted by the retention purge")
                        .tag("table", table.name())
                        .register(meters)
                        .increment(deleted);
                log.atInfo().addKeyValue("table", table.name()).addKeyValue("rows", deleted)
                        .addKeyValue("cutoff", cutoff).log("history purged");
            }
            total += deleted;
        }
        return total;
    }

    private long purge(Purgeable table, Instant cutoff) {
        long deleted = 0;
        int batch;
        do {
            batch = jdbc.sql("delete from " + table.name() + " where ctid in (select ctid from " + table.name()
                            + " where " + table.datedBy() + " < ? limit ? for update skip locked)")
                    .params(Timestamp.from(cutoff), properties.retentionBatchSize())
                    .update();
            deleted += batch;
        } while (batch == properties.retentionBatchSize());
        return deleted;
    }

    private record Purgeable(String name, String datedBy) {
    }
}

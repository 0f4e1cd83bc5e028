package dev.vigil.registry.cdc;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How many bytes of WAL the slot holds back, measured when scraped: a lag that keeps growing means the outbox is
 * not being published and PostgreSQL is keeping WAL for it.
 */
final class SlotLag {

    private final JdbcClient jdbc;
    private final String slotName;

    private SlotLag(JdbcClient jdbc, String slotName) {
        this.jdbc = jdbc;
        this.slotName = slotName;
    }

    static void register(MeterRegistry meters, JdbcClient jdbc, String slotName) {
        Gauge.builder("vigil.registry.cdc.slot.lag", new SlotLag(jdbc, slotName), SlotLag::bytes)
                .description("WAL bytes between the server's current position and the slot's confirmed position")
                .baseUnit("bytes")
                .tag("slot", slotName)
                .strongReference(true)
                .register(meters);
    }

    /** NaN when there is no slot or the database cannot be asked, which a dashboard shows as a gap. */
    double bytes() {
        try {
            return jdbc.sql("""
                    select cast(pg_current_wal_lsn() - confirmed_flush_lsn as double precision)
                    from pg_replication_slots where slot_name = ? and database = current_database()
                    """)
                    .param(slotName)
                    .query(Double.class)
                    .optional()
                    .orElse(Double.NaN);
        } catch (DataAccessException e) {
            return Double.NaN;
        }
    }
}

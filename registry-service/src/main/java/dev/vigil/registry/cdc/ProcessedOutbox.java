package dev.vigil.registry.cdc;

import java.util.Collection;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Book-keeping after Kafka acknowledged a batch: the published rows are deleted so the outbox stays small, and the
 * highest published WAL position is recorded for the slot check on the next start.
 */
final class ProcessedOutbox {

    private final JdbcClient jdbc;
    private final CdcProperties properties;

    ProcessedOutbox(JdbcClient jdbc, CdcProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    void delete(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("delete from " + properties.outboxTable() + " where id = any(cast(? as uuid[]))")
                .param(ids.stream().map(UUID::toString).toArray(String[]::new))
                .update();
    }

    void recordPublishedUpTo(long lsn) {
        jdbc.sql("""
                update cdc_slot set published_lsn = greatest(published_lsn, cast(? as pg_lsn)), updated_at = now()
                where slot_name = ?
                """)
                .params(StreamPosition.text(lsn), properties.slotName())
                .update();
    }
}

package dev.vigil.registry.cdc;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Prepares and checks the replication slot before every engine start. The registry creates the slot itself and
 * remembers in {@code cdc_slot} how far it has published; a slot that has vanished, or that claims to be past that
 * point (dropped and recreated, or advanced by hand), would let Debezium resume after changes nobody published.
 */
final class ReplicationSlotGuard {

    /** The {@code wal_status} of a slot whose WAL PostgreSQL has removed (PostgreSQL 13 and later). */
    private static final String LOST = "lost";

    private static final Logger log = LoggerFactory.getLogger(ReplicationSlotGuard.class);

    private final JdbcClient jdbc;
    private final CdcProperties properties;

    ReplicationSlotGuard(JdbcClient jdbc, CdcProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Creates what is missing on a first start; throws {@link SlotLostException} when changes may have been lost. */
    void prepare() {
        ensurePublication();
        Optional<String> slotLsn = confirmedFlushLsn();
        Optional<String> publishedLsn = jdbc.sql("select cast(published_lsn as text) from cdc_slot where slot_name = ?")
                .param(properties.slotName())
                .query(String.class)
                .optional();
        if (publishedLsn.isEmpty()) {
            String start = slotLsn.orElseGet(this::createSlot);
            jdbc.sql("insert into cdc_slot (slot_name, published_lsn) values (?, cast(? as pg_lsn))")
                    .params(properties.slotName(), start)
                    .update();
            requeueRowsWrittenBeforeTheSlot();
            return;
        }
        String published = publishedLsn.get();
        if (walStatus().filter(LOST::equals).isPresent()) {
            throw new SlotLostException(("Replication slot %s was invalidated (wal_status lost): it fell more than "
                    + "max_slot_wal_keep_size behind and PostgreSQL removed WAL it still held, so changes after LSN %s, "
                    + "up to which the outbox was published, may never be published. Republish them, then drop the "
                    + "slot and delete row %s from cdc_slot and the rows of %s to resume.").formatted(
                    properties.slotName(), published, properties.slotName(), properties.offsetTable()));
        }
        String slot = slotLsn.orElseThrow(() -> new SlotLostException(("Replication slot %s is gone; the outbox was "
                + "published up to LSN %s and later changes may never be published. Restore the slot, or accept the "
                + "loss by deleting row %s from cdc_slot and the rows of %s.").formatted(properties.slotName(),
                published, properties.slotName(), properties.offsetTable())));
        boolean ahead = jdbc.sql("select cast(? as pg_lsn) > cast(? as pg_lsn)")
                .params(slot, published)
                .query(Boolean.class)
                .single();
        if (ahead) {
            throw new SlotLostException(("Replication slot %s starts at LSN %s, past LSN %s up to which the outbox "
                    + "was published: the slot was recreated or advanced, and the changes in between were skipped. "
                    + "Republish them, then delete row %s from cdc_slot and the rows of %s to resume.")
                    .formatted(properties.slotName(), slot, published, properties.slotName(),
                            properties.offsetTable()));
        }
        if (offsetsMissing()) {
            log.atWarn().addKeyValue("slot", properties.slotName()).addKeyValue("slotLsn", slot)
                    .addKeyValue("publishedLsn", published).addKeyValue("offsetTable", properties.offsetTable())
                    .log("cdc offsets missing: resuming from the replication slot's position, no snapshot; changes "
                            + "after it that were already published are published again");
        }
    }

    /**
     * Debezium without offsets streams from the slot's confirmed position rather than re-reading anything, which
     * is safe; but the operator should learn that the store was emptied, since it also dropped the engine's own
     * record of where it was.
     */
    private boolean offsetsMissing() {
        return !jdbc.sql("select exists (select 1 from " + properties.offsetTable() + ")")
                .query(Boolean.class)
                .single();
    }

    /**
     * Rows committed before the slot existed are not in its stream, and the engine takes no snapshot; writing them
     * again, ids unchanged, puts them after the slot's start. The delete half is not published (inserts only).
     * They are written back in each entity's version order, a tombstone (no payload) last, because the table's
     * physical order is not the order they were written in, and the last record per key is what a compacted topic
     * keeps.
     */
    private void requeueRowsWrittenBeforeTheSlot() {
        jdbc.sql("with earlier as (delete from " + properties.outboxTable() + " returning *) insert into "
                + properties.outboxTable() + " select * from earlier order by aggregatetype, aggregateid, "
                + "cast(payload ->> 'version' as bigint) nulls last, created_at").update();
    }

    /**
     * {@code lost} once PostgreSQL invalidated the slot; such a slot still exists and keeps its last position, so
     * only this status tells it apart, and the engine would wait for it and restart forever.
     */
    private Optional<String> walStatus() {
        return jdbc.sql("""
                select wal_status from pg_replication_slots where slot_name = ? and database = current_database()
                """)
                .param(properties.slotName())
                .query(String.class)
                .optional();
    }

    private Optional<String> confirmedFlushLsn() {
        return jdbc.sql("""
                select cast(coalesce(confirmed_flush_lsn, restart_lsn) as text) from pg_replication_slots
                where slot_name = ? and database = current_database()
                """)
                .param(properties.slotName())
                .query(String.class)
                .optional();
    }

    private String createSlot() {
        return jdbc.sql("select cast(lsn as text) from pg_create_logical_replication_slot(?, 'pgoutput')")
                .param(properties.slotName())
                .query(String.class)
                .single();
    }

    /** Inserts only: the engine deletes published rows, and those deletes must not come back as changes. */
    private void ensurePublication() {
        boolean exists = jdbc.sql("select exists (select 1 from pg_publication where pubname = ?)")
                .param(properties.publicationName())
                .query(Boolean.class)
                .single();
        if (!exists) {
            jdbc.sql("create publication " + properties.publicationName() + " for table " + properties.outboxTable()
                    + " with (publish = 'insert')").update();
        }
    }
}

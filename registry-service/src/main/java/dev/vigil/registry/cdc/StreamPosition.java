package dev.vigil.registry.cdc;

import java.util.List;
import java.util.OptionalLong;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Reads the WAL position a change event stands for from the PostgreSQL connector's offset, so the registry can
 * remember how far it has published and notice a slot that claims to be further.
 */
final class StreamPosition {

    /** The connector's offset keys: the event's LSN, the last completely processed one and the last commit's. */
    private static final List<String> LSN_KEYS = List.of("lsn", "lsn_proc", "lsn_commit");

    private StreamPosition() {
    }

    static OptionalLong highest(List<SourceRecord> records) {
        return records.stream()
                .map(SourceRecord::sourceOffset)
                .flatMapToLong(offset -> LSN_KEYS.stream()
                        .map(offset::get)
                        .filter(Number.class::isInstance)
                        .mapToLong(value -> ((Number) value).longValue()))
                .max();
    }

    /** PostgreSQL's text form of an LSN, for example 0/16B3748. */
    static String text(long lsn) {
        return Long.toHexString(lsn >>> Integer.SIZE) + "/" + Long.toHexString(lsn & 0xFFFFFFFFL);
    }
}

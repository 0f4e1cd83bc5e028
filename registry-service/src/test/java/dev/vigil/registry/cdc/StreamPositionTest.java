package dev.vigil.registry.cdc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

class StreamPositionTest {

    @Test
    void highestIsTheLargestLsnAnyRecordsOffsetNames() {
        List<SourceRecord> batch = List.of(
                record(Map.of("lsn", 100L, "lsn_commit", 90L)),
                record(Map.of("lsn_proc", 250L, "txId", 999_999L)),
                record(Map.of()));

        assertThat(StreamPosition.highest(batch)).hasValue(250L);
    }

    @Test
    void lsnIsWrittenAsPostgresqlWritesIt() {
        assertThat(StreamPosition.text(0x1_0000_00ABL)).isEqualTo("1/ab");
    }

    private static SourceRecord record(Map<String, ?> offset) {
        return new SourceRecord(Map.of(), offset, "topic", null, null);
    }
}

package dev.vigil.probe.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PartitionLedgerTest {

    private final PartitionLedger ledger = new PartitionLedger();

    @Test
    void nothing_is_committable_while_the_oldest_record_is_unfinished() {
        ledger.track(10);
        ledger.track(11);
        ledger.finish(11);

        assertThat(ledger.advance()).isEmpty();
    }

    @Test
    void the_commit_stops_before_the_first_unfinished_record() {
        ledger.track(10);
        ledger.track(11);
        ledger.track(12);
        ledger.finish(10);
        ledger.finish(12);

        assertThat(ledger.advance()).isEqualTo(OptionalLong.of(11));
    }

    @Test
    void when_everything_is_finished_the_commit_is_past_the_last_record_read() {
        ledger.track(10);
        ledger.track(11);
        ledger.finish(11);
        ledger.finish(10);

        assertThat(ledger.advance()).isEqualTo(OptionalLong.of(12));
    }

    @Test
    void an_offset_is_offered_once_unless_its_commit_failed() {
        ledger.track(10);
        ledger.finish(10);

        assertThat(ledger.advance()).isEqualTo(OptionalLong.of(11));
        assertThat(ledger.advance()).isEmpty();
        ledger.retryCommit(11);
        assertThat(ledger.advance()).isEqualTo(OptionalLong.of(11));
    }
}

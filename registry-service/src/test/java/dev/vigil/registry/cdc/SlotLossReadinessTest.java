package dev.vigil.registry.cdc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;

class SlotLossReadinessTest {

    private final List<Object> published = new ArrayList<>();
    private final SlotLossReadiness readiness = new SlotLossReadiness(published::add);

    @Test
    void lostSlotTakesTheReplicaOutOfService() {
        readiness.accept(new CdcStatus(CdcStatus.Phase.SLOT_LOST, "slot is gone"));

        assertThat(published).singleElement()
                .isInstanceOfSatisfying(AvailabilityChangeEvent.class,
                        event -> assertThat(event.getState()).isEqualTo(ReadinessState.REFUSING_TRAFFIC));
    }

    @Test
    void standbyAndRestartsLeaveReadinessAlone() {
        readiness.accept(CdcStatus.standby());
        readiness.accept(new CdcStatus(CdcStatus.Phase.RESTARTING, "connection reset"));

        assertThat(published).isEmpty();
    }
}

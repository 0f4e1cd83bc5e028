package dev.vigil.registry.cdc;

import java.util.function.Consumer;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Takes the replica out of service when its slot lost changes: what the registry writes would no longer reach the
 * pipeline, and an orchestrator should see that rather than keep routing writes to it.
 */
final class SlotLossReadiness implements Consumer<CdcStatus> {

    private final ApplicationEventPublisher events;

    SlotLossReadiness(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void accept(CdcStatus status) {
        if (status.phase() == CdcStatus.Phase.SLOT_LOST) {
            AvailabilityChangeEvent.publish(events, status, ReadinessState.REFUSING_TRAFFIC);
        }
    }
}

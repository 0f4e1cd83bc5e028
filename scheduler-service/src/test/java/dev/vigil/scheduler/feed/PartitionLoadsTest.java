package dev.vigil.scheduler.feed;

import static dev.vigil.scheduler.TestMonitors.planned;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.scheduler.schedule.PlannedMonitor;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PartitionLoadsTest {

    private static final int PARTITION = 5;
    private static final int INTERVAL_SECONDS = 60;

    private final PartitionLoads loads = new PartitionLoads();

    @Test
    void lateCopyOfAnOlderChangeFurtherDownTheLogDoesNotReplaceTheNewer() {
        UUID id = UUID.randomUUID();
        loads.begin(PARTITION, 3, 0);

        loads.current(PARTITION, id, planned(id, INTERVAL_SECONDS, List.of(), true, 1));
        loads.current(PARTITION, id, planned(id, INTERVAL_SECONDS, List.of(), false, 2));
        loads.current(PARTITION, id, planned(id, INTERVAL_SECONDS, List.of(), true, 1));

        assertThat(loadedMonitors()).extracting(monitor -> monitor.plan().version()).containsExactly(2L);
    }

    @Test
    void lateCopyOfAChangeAfterTheDeletionDoesNotBringTheMonitorBack() {
        UUID id = UUID.randomUUID();
        loads.begin(PARTITION, 3, 0);

        loads.current(PARTITION, id, planned(id, INTERVAL_SECONDS, List.of(), true, 1));
        loads.deleted(PARTITION, id);
        loads.current(PARTITION, id, planned(id, INTERVAL_SECONDS, List.of(), true, 1));

        assertThat(loadedMonitors()).isEmpty();
    }

    private List<PlannedMonitor> loadedMonitors() {
        return loads.finished(partition -> 3).getFirst().monitors();
    }
}

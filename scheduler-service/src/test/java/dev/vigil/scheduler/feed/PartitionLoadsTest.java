package dev.vigil.scheduler.feed;

import static dev.vigil.scheduler.TestMonitors.monitor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.monitor.MonitorSnapshot;
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

        loads.current(PARTITION, monitor(id, INTERVAL_SECONDS, List.of(), true, 1));
        loads.current(PARTITION, monitor(id, INTERVAL_SECONDS, List.of(), false, 2));
        loads.current(PARTITION, monitor(id, INTERVAL_SECONDS, List.of(), true, 1));

        assertThat(loadedMonitors()).extracting(MonitorSnapshot::version).containsExactly(2L);
    }

    @Test
    void lateCopyOfAChangeAfterTheDeletionDoesNotBringTheMonitorBack() {
        UUID id = UUID.randomUUID();
        loads.begin(PARTITION, 3, 0);

        loads.current(PARTITION, monitor(id, INTERVAL_SECONDS, List.of(), true, 1));
        loads.deleted(PARTITION, id);
        loads.current(PARTITION, monitor(id, INTERVAL_SECONDS, List.of(), true, 1));

        assertThat(loadedMonitors()).isEmpty();
    }

    private List<MonitorSnapshot> loadedMonitors() {
        return loads.finished(partition -> 3).getFirst().monitors();
    }
}

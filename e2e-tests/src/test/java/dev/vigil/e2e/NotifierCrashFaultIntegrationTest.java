package dev.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.contracts.alert.AlertType;
import dev.vigil.contracts.status.MonitorStatus;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.testkit.stack.ServiceProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Fault case 6: the notifier and every analytics instance SIGKILLed while an incident is open, and the target
 * recovering while they are down. The recovery is in the results Kafka kept, so after the restart exactly one DOWN
 * and one RECOVERY per monitor must reach every channel, and no incident may stay open.
 */
class NotifierCrashFaultIntegrationTest {

    private static final int MONITORS = 2;
    private static final Duration DOWNTIME = Duration.ofSeconds(15);
    private static final Duration SETTLE = Duration.ofMinutes(4);

    @Test
    void anIncidentThatRecoversWhileNotifierAndAnalyticsAreDownEndsInOneDownAndOneRecovery() {
        FaultSystem system = FaultSystem.shared();
        try (FaultCase fault = FaultCase.create(system, "restart-open-incident", MONITORS)) {
            fault.failAll();
            await("every monitor's incident announced").atMost(SETTLE).pollInterval(Duration.ofSeconds(1))
                    .until(() -> fault.alertTypes().values().stream()
                            .filter(types -> types.contains(AlertType.FAILURE_STREAK)).count() == MONITORS);

            List<ServiceProcess> down = new ArrayList<>(system.instances(FaultSystem.ANALYTICS));
            down.addAll(system.instances(FaultSystem.NOTIFIER));
            down.forEach(ServiceProcess::kill);
            fault.settle();
            FaultCase.sleep(DOWNTIME);
            down.forEach(system::restart);

            fault.assertEveryAlertExactlyOnce(SETTLE);
            assertThat(fault.alertTypes()).as("alert types per monitor").allSatisfy((monitor, types) ->
                    assertThat(types).containsExactly(AlertType.FAILURE_STREAK, AlertType.RECOVERY));
            assertThat(latestStatus(system, fault)).as("open incident per monitor after the recovery")
                    .allSatisfy((monitor, status) -> assertThat(status.openIncident()).isNull());
        }
    }

    private static Map<UUID, MonitorStatus> latestStatus(FaultSystem system, FaultCase fault) {
        Map<UUID, MonitorStatus> latest = new HashMap<>();
        system.stack().kafka().readCommitted(Topics.MONITOR_STATUS).stream()
                .filter(record -> record.value() != null && fault.monitors().contains(record.key()))
                .forEach(record -> latest.put(record.key(), record.value()));
        return latest;
    }
}

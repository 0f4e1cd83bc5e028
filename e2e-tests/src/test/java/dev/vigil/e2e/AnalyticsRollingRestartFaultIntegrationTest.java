package dev.vigil.e2e;

import dev.vigil.testkit.stack.ServiceProcess;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Fault case 2: a rolling restart of analytics-streams, as a deploy does it: each instance stopped cleanly (SIGTERM)
 * and started again, one at a time, while incidents open and close. Each stop hands its tasks to the others and each
 * start takes some back; nothing the oracle expects may be lost or doubled.
 */
class AnalyticsRollingRestartFaultIntegrationTest {

    private static final int MONITORS = 4;
    private static final Duration SETTLE = Duration.ofMinutes(4);

    @Test
    void restartingEveryAnalyticsInstanceInTurnLosesAndDoublesNoAlert() {
        FaultSystem system = FaultSystem.shared();
        try (FaultCase fault = FaultCase.create(system, "analytics-rolling", MONITORS)) {
            fault.startFlapping();
            FaultCase.sleep(FaultCase.PHASE.multipliedBy(2));
            for (ServiceProcess instance : system.instances(FaultSystem.ANALYTICS)) {
                system.stopAndRestart(instance);
                FaultCase.sleep(FaultCase.PHASE);
            }
            FaultCase.sleep(FaultCase.PHASE.multipliedBy(2));

            fault.assertEveryAlertExactlyOnce(SETTLE);
        }
    }
}

package dev.vigil.e2e;

import dev.vigil.testkit.stack.ServiceProcess;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Fault case 1: analytics-streams instances SIGKILLed mid-window while probes flow, three times in a row, each one
 * restarted on its own state folder. Exactly-once processing must leave the alerts the oracle recomputes from the
 * committed results, each once on the topic and once at every channel.
 */
class AnalyticsCrashFaultIntegrationTest {

    private static final int MONITORS = 4;
    private static final int KILLS = 3;
    private static final Duration SETTLE = Duration.ofMinutes(4);

    @Test
    void sigkillingAnalyticsInstancesWhileIncidentsOpenAndCloseLosesAndDoublesNoAlert() {
        FaultSystem system = FaultSystem.shared();
        try (FaultCase fault = FaultCase.create(system, "analytics-kill", MONITORS)) {
            fault.startFlapping();
            for (int kill = 0; kill < KILLS; kill++) {
                FaultCase.sleep(FaultCase.PHASE.multipliedBy(2).plusSeconds(kill));
                ServiceProcess victim = system.instances(FaultSystem.ANALYTICS).get(kill % FaultSystem.ANALYTICS_INSTANCES);
                system.killAndRestart(victim);
            }
            FaultCase.sleep(FaultCase.PHASE.multipliedBy(2));

            fault.assertEveryAlertExactlyOnce(SETTLE);
        }
    }
}

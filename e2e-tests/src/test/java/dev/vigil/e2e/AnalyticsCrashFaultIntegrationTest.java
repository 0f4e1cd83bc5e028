package dev.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.topic.Topics;
import dev.vigil.testkit.stack.ServiceProcess;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fault case 1: analytics-streams instances SIGKILLed mid-window while probes flow, three times in a row, each one
 * restarted on its own state folder. Exactly-once processing must leave the alerts the oracle recomputes from the
 * committed results, each once on the topic and once at every channel, and statistics windows equal to a clean run's.
 */
class AnalyticsCrashFaultIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsCrashFaultIntegrationTest.class);
    private static final int MONITORS = 4;
    private static final int KILLS = 3;
    private static final Duration SETTLE = Duration.ofMinutes(4);
    private static final Duration STATS_WINDOW_CLOSED = Duration.ofSeconds(65);

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
            // Past the one-minute windows the kills fell in, so they close and are emitted.
            FaultCase.sleep(STATS_WINDOW_CLOSED);

            fault.assertEveryAlertExactlyOnce(SETTLE);
            int windows = StatsOracle.assertMatchesCleanRun(fault.monitors(),
                    values(system.stack().kafka().readCommitted(Topics.SERVICE_STATS)),
                    values(system.stack().kafka().readCommitted(Topics.PROBE_RESULTS)));
            log.atInfo().addKeyValue("windows", windows).log("statistics match a clean run");
            assertThat(windows).as("windows closed during the case").isPositive();
        }
    }

    private static <V> List<V> values(List<? extends ConsumerRecord<?, V>> records) {
        return records.stream().map(ConsumerRecord::value).filter(Objects::nonNull).toList();
    }
}

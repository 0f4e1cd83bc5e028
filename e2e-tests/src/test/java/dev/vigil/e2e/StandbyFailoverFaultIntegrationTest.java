package dev.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.testkit.stack.ServiceProcess;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fault case 3: the analytics instance actively processing a monitor is SIGKILLed and stays down, so its tasks move to
 * the instances holding their standby replicas ({@code num.standby.replicas=1}). Measured: the time until alerts of
 * every monitor flow again. Then the oracle: the standbys' state must have been the active state, so no alert may be
 * lost or doubled across the move.
 */
class StandbyFailoverFaultIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(StandbyFailoverFaultIntegrationTest.class);
    private static final int MONITORS = 4;
    private static final Duration SETTLE = Duration.ofMinutes(4);
    /**
     * The group notices a SIGKILLed member only when its session times out (Kafka's default {@code session.timeout.ms},
     * 45 s, which analytics keeps); then a rebalance, a short restore from the warm standby, and at most two flapping
     * phases until the next alert is due.
     */
    private static final Duration FAILOVER_BOUND = Duration.ofSeconds(45 + 15).plus(FaultCase.PHASE.multipliedBy(2));

    @Test
    void killingTheActiveAnalyticsInstanceMovesItsWorkToAStandbyWithinTheSessionTimeoutAndLosesNoAlert() {
        FaultSystem system = FaultSystem.shared();
        try (FaultCase fault = FaultCase.create(system, "standby-failover", MONITORS);
                AlertArrivals arrivals = AlertArrivals.watch(system.stack().kafka(), fault.monitors())) {
            fault.startFlapping();
            FaultCase.sleep(FaultCase.PHASE.multipliedBy(3));
            UUID watched = fault.monitors().iterator().next();
            ServiceProcess active = system.activeAnalyticsFor(watched);

            Instant killed = Instant.now();
            active.kill();
            await("alerts of every monitor flow again").atMost(FAILOVER_BOUND.multipliedBy(2))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> arrivals.alertedSince(killed).containsAll(fault.monitors()));
            Duration failover = arrivals.longestWaitSince(killed);
            log.atInfo().addKeyValue("failover", failover).addKeyValue("instance", active.name())
                    .log("standby failover measured");
            system.restart(active);
            FaultCase.sleep(FaultCase.PHASE.multipliedBy(2));

            fault.assertEveryAlertExactlyOnce(SETTLE);
            assertThat(failover).as("time until alerts flowed again after the active instance died")
                    .isLessThanOrEqualTo(FAILOVER_BOUND);
        }
    }
}

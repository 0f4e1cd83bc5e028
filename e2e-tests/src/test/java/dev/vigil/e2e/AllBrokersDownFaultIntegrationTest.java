package dev.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.testkit.kafka.KafkaCluster;
import dev.vigil.testkit.kafka.KafkaNode;
import dev.vigil.testkit.stack.ServiceProcess;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Fault case 5: every broker and the controller down for longer than a minute, and every service killed and started
 * again inside that outage, as pods rescheduled during a Kafka outage are. No service may exit (on Kubernetes that is
 * a crash loop), every service must become ready once Kafka is back, and nothing the oracle expects may be lost or
 * doubled.
 */
class AllBrokersDownFaultIntegrationTest {

    private static final int MONITORS = 3;
    private static final Duration OUTAGE = Duration.ofSeconds(75);
    private static final Duration SETTLE = Duration.ofMinutes(4);

    @Test
    void servicesStartedWhileKafkaIsAwayWaitForItAndLoseAndDoubleNoAlert() {
        FaultSystem system = FaultSystem.shared();
        KafkaCluster cluster = system.cluster();
        try (FaultCase fault = FaultCase.create(system, "all-brokers-down", MONITORS)) {
            fault.startFlapping();
            FaultCase.sleep(FaultCase.PHASE.multipliedBy(2));

            cluster.brokers().forEach(KafkaNode::stop);
            cluster.controller().stop();
            system.relaunchAll();
            FaultCase.sleep(OUTAGE);
            assertThat(system.services()).as("services still running after %s without Kafka", OUTAGE)
                    .allMatch(ServiceProcess::isAlive);
            cluster.startAll();
            system.awaitAllReady();
            FaultCase.sleep(FaultCase.PHASE.multipliedBy(2));

            fault.assertEveryAlertExactlyOnce(SETTLE);
        }
    }
}

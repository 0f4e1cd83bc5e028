package dev.vigil.e2e;

import dev.vigil.contracts.topic.Topics;
import dev.vigil.testkit.kafka.KafkaCluster;
import dev.vigil.testkit.kafka.KafkaNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fault case 4: the leader of the alerts topic's first partition bounced, the controller bounced, then two of three
 * brokers down together (below {@code min.insync.replicas}, so every acks=all write waits) and back, while incidents
 * open and close. Nothing the oracle expects may be lost or doubled.
 */
class BrokerFaultIntegrationTest {

    private static final int MONITORS = 3;
    private static final Duration OUTAGE = Duration.ofSeconds(20);
    private static final Duration SETTLE = Duration.ofMinutes(4);

    @Test
    void leaderAndControllerBouncesAndTwoOfThreeBrokersDownLoseAndDoubleNoAlert() {
        FaultSystem system = FaultSystem.shared();
        KafkaCluster cluster = system.cluster();
        try (FaultCase fault = FaultCase.create(system, "broker-faults", MONITORS)) {
            fault.startFlapping();
            FaultCase.sleep(FaultCase.PHASE.multipliedBy(2));

            KafkaNode leader = cluster.leaderOf(Topics.ALERTS.name(), 0);
            leader.stop();
            FaultCase.sleep(OUTAGE);
            leader.start();
            cluster.awaitBrokers(cluster.brokers());

            cluster.controller().stop();
            FaultCase.sleep(OUTAGE);
            cluster.controller().start();
            cluster.awaitBrokers(cluster.brokers());

            List<KafkaNode> twoOfThree = cluster.brokers().subList(0, 2);
            twoOfThree.forEach(KafkaNode::kill);
            FaultCase.sleep(OUTAGE);
            twoOfThree.forEach(KafkaNode::start);
            cluster.awaitBrokers(cluster.brokers());
            FaultCase.sleep(FaultCase.PHASE.multipliedBy(2));

            fault.assertEveryAlertExactlyOnce(SETTLE);
        }
    }
}

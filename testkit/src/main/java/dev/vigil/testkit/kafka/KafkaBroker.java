package dev.vigil.testkit.kafka;

import java.util.Map;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A real single-node KRaft Kafka broker inside the test JVM, started on first use and shared by every test class of
 * the JVM. Nothing can stop it; tests that need a broker to fail use {@link KafkaCluster}.
 */
public final class KafkaBroker implements KafkaEndpoint {

    private static final int DEFAULT_PARTITIONS = 1;

    private final EmbeddedKafkaKraftBroker broker;

    private KafkaBroker(EmbeddedKafkaKraftBroker broker) {
        this.broker = broker;
    }

    /** The JVM's broker, started by the first caller. */
    public static KafkaBroker shared() {
        return Holder.INSTANCE;
    }

    @Override
    public String bootstrapServers() {
        return broker.getBrokersAsString();
    }

    @Override
    public short replicationFactor() {
        return 1;
    }

    private static final class Holder {
        private static final KafkaBroker INSTANCE = start();

        private static KafkaBroker start() {
            var broker = new EmbeddedKafkaKraftBroker(1, DEFAULT_PARTITIONS);
            broker.brokerProperties(Map.of(
                    // Topics come from the services' declarations or the tests, as in production.
                    "auto.create.topics.enable", "false",
                    // A single broker must still host the transaction log that exactly-once needs.
                    "transaction.state.log.replication.factor", "1",
                    "transaction.state.log.min.isr", "1",
                    "group.initial.rebalance.delay.ms", "0"));
            broker.afterPropertiesSet();
            Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(broker::destroy));
            return new KafkaBroker(broker);
        }
    }
}

package dev.vigil.testkit.kafka;

import dev.vigil.testkit.FreePorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;
import org.awaitility.Awaitility;

/**
 * A real KRaft Kafka cluster of child processes, one controller and N brokers, for the faults a broker inside the
 * test JVM cannot produce: a broker SIGKILLed or paused, leadership moving, the controller bouncing, every broker
 * down while services start. Topics are replicated as in production: three replicas with two in sync, or as many as
 * there are brokers.
 */
public final class KafkaCluster implements KafkaEndpoint, AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final int PRODUCTION_REPLICAS = 3;
    private static final int PRODUCTION_MIN_IN_SYNC = 2;
    private static final int CONTROLLER_ID = 0;

    private final KafkaNode controller;
    private final List<KafkaNode> brokers;
    private final short replicationFactor;

    private KafkaCluster(KafkaNode controller, List<KafkaNode> brokers, short replicationFactor) {
        this.controller = controller;
        this.brokers = List.copyOf(brokers);
        this.replicationFactor = replicationFactor;
    }

    /** Formats and starts a cluster of {@code brokers} brokers under {@code target/kafka-clusters}. */
    public static KafkaCluster start(int brokers) {
        return start(brokers, Map.of());
    }

    /** As {@link #start(int)}, with extra broker settings (for example a shorter session timeout). */
    public static KafkaCluster start(int brokers, Map<String, String> brokerSettings) {
        KafkaCluster cluster = create(brokers, brokerSettings);
        cluster.startAll();
        return cluster;
    }

    /**
     * Formats a cluster without starting anything, for tests that start services before any broker exists; the
     * ports are fixed now, so {@link #bootstrapServers()} is already the address the brokers will have.
     */
    public static KafkaCluster create(int brokers, Map<String, String> brokerSettings) {
        if (brokers < 1) {
            throw new IllegalArgumentException("A cluster needs at least one broker");
        }
        short replicas = (short) Math.min(PRODUCTION_REPLICAS, brokers);
        int minInSync = replicas >= PRODUCTION_REPLICAS ? PRODUCTION_MIN_IN_SYNC : 1;
        Path root = Path.of("target", "kafka-clusters", UUID.randomUUID().toString()).toAbsolutePath();
        String classpath = System.getProperty("java.class.path");
        List<Integer> ports = FreePorts.find(brokers + 1);
        String voters = CONTROLLER_ID + "@127.0.0.1:" + ports.getFirst();

        KafkaNode controller = new KafkaNode("controller", CONTROLLER_ID, ports.getFirst(),
                directory(root.resolve("controller")), classpath);
        controller.configure(lines(Map.of(
                "process.roles", "controller",
                "node.id", Integer.toString(CONTROLLER_ID),
                "controller.quorum.voters", voters,
                "listeners", "CONTROLLER://127.0.0.1:" + controller.port(),
                "controller.listener.names", "CONTROLLER",
                "listener.security.protocol.map", "CONTROLLER:PLAINTEXT",
                // KRaft controllers publish their own value as the cluster-wide default, overriding the brokers'.
                "min.insync.replicas", Integer.toString(minInSync),
                "log.dirs", controller.dataDirectory().toString())));

        List<KafkaNode> nodes = new ArrayList<>();
        for (int i = 1; i <= brokers; i++) {
            var broker = new KafkaNode("broker-" + i, i, ports.get(i), directory(root.resolve("broker-" + i)),
                    classpath);
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("process.roles", "broker");
            settings.put("node.id", Integer.toString(i));
            settings.put("controller.quorum.voters", voters);
            settings.put("listeners", "PLAINTEXT://127.0.0.1:" + broker.port());
            settings.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + broker.port());
            settings.put("inter.broker.listener.name", "PLAINTEXT");
            settings.put("controller.listener.names", "CONTROLLER");
            settings.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
            settings.put("log.dirs", broker.dataDirectory().toString());
            // Topics come from the services' declarations or the tests, as in production.
            settings.put("auto.create.topics.enable", "false");
            settings.put("default.replication.factor", Short.toString(replicas));
            settings.put("min.insync.replicas", Integer.toString(minInSync));
            settings.put("offsets.topic.replication.factor", Short.toString(replicas));
            settings.put("transaction.state.log.replication.factor", Short.toString(replicas));
            settings.put("transaction.state.log.min.isr", Integer.toString(minInSync));
            // Fewer internal partitions than the default 50: quicker to create and to move on a two-core machine.
            settings.put("offsets.topic.num.partitions", "12");
            settings.put("transaction.state.log.num.partitions", "12");
            settings.put("group.initial.rebalance.delay.ms", "0");
            settings.put("num.network.threads", "2");
            settings.put("num.io.threads", "4");
            settings.putAll(brokerSettings);
            broker.configure(lines(settings));
            nodes.add(broker);
        }
        String clusterId = Uuid.randomUuid().toString();
        controller.format(clusterId);
        nodes.forEach(broker -> broker.format(clusterId));
        return new KafkaCluster(controller, nodes, replicas);
    }

    /** Starts the controller, then every broker, and waits until all brokers have registered. */
    public void startAll() {
        controller.start();
        brokers.parallelStream().forEach(KafkaNode::start);
        awaitBrokers(brokers);
    }

    @Override
    public String bootstrapServers() {
        return brokers.stream().map(broker -> "127.0.0.1:" + broker.port()).collect(Collectors.joining(","));
    }

    @Override
    public short replicationFactor() {
        return replicationFactor;
    }

    public KafkaNode controller() {
        return controller;
    }

    public List<KafkaNode> brokers() {
        return brokers;
    }

    /** The broker with this node id (1 to N). */
    public KafkaNode broker(int nodeId) {
        return brokers.stream().filter(broker -> broker.nodeId() == nodeId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No broker " + nodeId));
    }

    /** The broker that leads this partition now, as the cluster's metadata says. */
    public KafkaNode leaderOf(String topic, int partition) {
        try (Admin admin = admin()) {
            Node leader = admin.describeTopics(Set.of(topic)).allTopicNames()
                    .get(CLIENT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(topic).partitions().get(partition)
                    .leader();
            if (leader == null) {
                throw new IllegalStateException(topic + "-" + partition + " has no leader");
            }
            return broker(leader.id());
        } catch (Exception e) {
            throw new IllegalStateException("Could not find the leader of " + topic + "-" + partition, e);
        }
    }

    /** Waits until the cluster's metadata lists every given broker as registered and reachable. */
    public void awaitBrokers(Collection<KafkaNode> expected) {
        Set<Integer> ids = expected.stream().map(KafkaNode::nodeId).collect(Collectors.toSet());
        Awaitility.await("brokers " + ids + " registered").atMost(READY_TIMEOUT).pollInterval(POLL)
                .ignoreExceptions().until(() -> registeredBrokers().containsAll(ids));
    }

    @Override
    public Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) CLIENT_TIMEOUT.toMillis()));
    }

    /** Kills every node at once: a test's cluster holds nothing worth a clean shutdown. */
    @Override
    public void close() {
        brokers.parallelStream().forEach(KafkaNode::kill);
        controller.kill();
    }

    private Set<Integer> registeredBrokers() throws Exception {
        try (Admin admin = admin()) {
            return admin.describeCluster().nodes().get(POLL.multipliedBy(8).toMillis(), TimeUnit.MILLISECONDS)
                    .stream().map(Node::id).collect(Collectors.toSet());
        }
    }

    private static List<String> lines(Map<String, String> settings) {
        return settings.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue()).toList();
    }

    private static Path directory(Path path) {
        try {
            return Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

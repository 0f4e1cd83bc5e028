package dev.vigil.probe.bench;

import dev.vigil.contracts.topic.Topics;
import dev.vigil.probe.support.LocalHttpServer;
import dev.vigil.testkit.kafka.KafkaBroker;
import java.io.IOException;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The Kafka broker and the loopback HTTP target of the benchmark, in a JVM of their own, so that the CPU time the
 * benchmark measures is the probe service's alone. Prints one line, {@code READY <bootstrap> <port>}, and runs until
 * its standard input closes.
 */
public final class BenchInfrastructure {

    private BenchInfrastructure() {
    }

    public static void main(String[] args) throws IOException {
        KafkaBroker broker = KafkaBroker.shared();
        broker.createTopics(List.of(new NewTopic(Topics.PROBE_REQUESTS.name(), Topics.PROBE_REQUESTS.partitions(),
                (short) 1)));
        try (LocalHttpServer target = LocalHttpServer.http().answer("/", 200, "text/plain", "ok")) {
            System.out.println("READY " + broker.bootstrapServers() + " " + target.port());
            System.out.flush();
            while (System.in.read() != -1) {
                continue;
            }
        }
        System.exit(0);
    }
}

package dev.vigil.bench.analytics;

import dev.vigil.contracts.topic.Topics;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * The results Vigil's runs have not read yet: topped up round by round before each run, so a run never starves and
 * the stream continues in event time from one run to the next.
 */
final class Backlog {

    private final String bootstrap;
    private final String group;
    private final SteadyLoad load;

    Backlog(String bootstrap, String group, SteadyLoad load) {
        this.bootstrap = bootstrap;
        this.group = group;
        this.load = load;
    }

    void atLeast(long results) throws Exception {
        String topic = Topics.PROBE_RESULTS.name();
        var partitions = IntStream.range(0, Topics.PROBE_RESULTS.partitions())
                .mapToObj(p -> new TopicPartition(topic, p)).toList();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            long end = admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                    .all().get().values().stream().mapToLong(info -> info.offset()).sum();
            long committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().entrySet()
                    .stream().filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
                    .mapToLong(e -> e.getValue().offset()).sum();
            long missing = results - (end - committed);
            if (missing > 0) {
                load.produceRounds((int) ((missing + load.resultsPerRound() - 1) / load.resultsPerRound()));
            }
        }
    }
}

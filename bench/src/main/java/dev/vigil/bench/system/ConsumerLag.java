package dev.vigil.bench.system;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * Every consumer group's lag as the broker sees it (committed offsets against the read_committed end offsets), so
 * the services' own consumers — Streams, listeners, the probe intake — are judged alike and from outside.
 */
final class ConsumerLag implements AutoCloseable {

    private final Admin admin;

    private ConsumerLag(Admin admin) {
        this.admin = admin;
    }

    static ConsumerLag connect(String bootstrapServers) {
        return new ConsumerLag(Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers)));
    }

    /** Each group's lag and the end offsets of the partitions it has committed, summed. */
    Map<String, GroupOffsets> sample() throws ExecutionException, InterruptedException {
        Map<String, GroupOffsets> groups = new HashMap<>();
        for (GroupListing group : admin.listGroups(ListGroupsOptions.forConsumerGroups()).all().get()) {
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
            if (latest.isEmpty()) {
                continue;
            }
            Map<TopicPartition, ListOffsetsResultInfo> ends = admin
                    .listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get();
            long lag = 0;
            long end = 0;
            for (var partition : committed.entrySet()) {
                long partitionEnd = ends.get(partition.getKey()).offset();
                end += partitionEnd;
                if (partition.getValue() != null) {
                    lag += Math.max(0, partitionEnd - partition.getValue().offset());
                }
            }
            groups.put(group.groupId(), new GroupOffsets(lag, end));
        }
        return groups;
    }

    @Override
    public void close() {
        admin.close();
    }

    /** A group's records not yet committed, and how many its partitions hold in all (for the arrival rate). */
    record GroupOffsets(long lag, long end) {
    }
}

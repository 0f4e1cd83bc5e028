package dev.vigil.scheduler;

import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.contracts.topic.Topic;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.testkit.kafka.KafkaBroker;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.admin.NewTopic;
import org.jspecify.annotations.Nullable;

/** The topics around the scheduler on the test broker; the registry would create the monitors topic in production. */
final class SchedulerTopics {

    private static final short ONE_REPLICA = 1;

    private SchedulerTopics() {
    }

    static void create(KafkaBroker broker) {
        broker.createTopics(List.of(newTopic(Topics.MONITORS), newTopic(Topics.PROBE_REQUESTS)));
    }

    /** Publishes a monitor as the registry does; null publishes the tombstone of a deleted monitor. */
    static void publish(KafkaBroker broker, UUID monitorId, @Nullable MonitorSnapshot snapshot) {
        broker.send(Topics.MONITORS.name(), Topics.MONITORS.keySerde().serializer(),
                Topics.MONITORS.valueSerde().serializer(), monitorId, snapshot);
    }

    private static NewTopic newTopic(Topic<?, ?> topic) {
        return new NewTopic(topic.name(), topic.partitions(), ONE_REPLICA).configs(topic.configs());
    }
}

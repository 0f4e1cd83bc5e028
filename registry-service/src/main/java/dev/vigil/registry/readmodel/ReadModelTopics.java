package dev.vigil.registry.readmodel;

import dev.vigil.contracts.topic.Topic;
import dev.vigil.contracts.topic.Topics;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The topics the read model consumes, and so whose dead-letter topics it owns. */
final class ReadModelTopics {

    static final List<Topic<UUID, ?>> ALL =
            List.of(Topics.MONITOR_STATUS, Topics.SERVICE_STATS, Topics.ALERTS, Topics.DELIVERIES);

    private ReadModelTopics() {
    }

    static Optional<Topic<UUID, ?>> named(String name) {
        return ALL.stream().filter(topic -> topic.name().equals(name)).findFirst();
    }
}

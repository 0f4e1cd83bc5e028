package dev.vigil.registry.readmodel;

import dev.vigil.contracts.topic.Topic;
import dev.vigil.contracts.topic.Topics;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads the four topics behind the dashboard into the stores. Records arrive as bytes and are read here with the
 * topic's own serde, so an unreadable record fails as a deserialization error that goes straight to the dead letters.
 */
@Component
class ReadModelListeners {

    private static final String FACTORY = ReadModelKafkaConfiguration.LISTENER_FACTORY;

    private final StatusStore statuses;
    private final StatsStore stats;
    private final AlertStore alerts;
    private final DeliveryStore deliveries;

    ReadModelListeners(StatusStore statuses, StatsStore stats, AlertStore alerts, DeliveryStore deliveries) {
        this.statuses = statuses;
        this.stats = stats;
        this.alerts = alerts;
        this.deliveries = deliveries;
    }

    @KafkaListener(topics = "#{T(dev.vigil.contracts.topic.Topics).MONITOR_STATUS.name()}", containerFactory = FACTORY)
    void status(ConsumerRecord<byte[], byte[]> record) {
        var status = value(Topics.MONITOR_STATUS, record);
        if (status == null) {
            statuses.delete(key(Topics.MONITOR_STATUS, record));
        } else {
            statuses.save(status);
        }
    }

    @KafkaListener(topics = "#{T(dev.vigil.contracts.topic.Topics).SERVICE_STATS.name()}", containerFactory = FACTORY)
    void stats(ConsumerRecord<byte[], byte[]> record) {
        var window = value(Topics.SERVICE_STATS, record);
        if (window != null) {
            stats.save(window);
        }
    }

    @KafkaListener(topics = "#{T(dev.vigil.contracts.topic.Topics).ALERTS.name()}", containerFactory = FACTORY)
    void alert(ConsumerRecord<byte[], byte[]> record) {
        var alert = value(Topics.ALERTS, record);
        if (alert != null) {
            alerts.save(alert);
        }
    }

    @KafkaListener(topics = "#{T(dev.vigil.contracts.topic.Topics).DELIVERIES.name()}", containerFactory = FACTORY)
    void delivery(ConsumerRecord<byte[], byte[]> record) {
        var outcome = value(Topics.DELIVERIES, record);
        if (outcome != null) {
            deliveries.save(outcome);
        }
    }

    /** Null for a tombstone; a record whose key is not a monitor id fails like an unreadable value. */
    private static <V> @Nullable V value(Topic<UUID, V> topic, ConsumerRecord<byte[], byte[]> record) {
        key(topic, record);
        return topic.valueSerde().deserializer().deserialize(record.topic(), record.value());
    }

    private static UUID key(Topic<UUID, ?> topic, ConsumerRecord<byte[], byte[]> record) {
        UUID key = topic.keySerde().deserializer().deserialize(record.topic(), record.key());
        if (key == null) {
            throw new SerializationException("Record on " + record.topic() + " without a key");
        }
        return key;
    }
}

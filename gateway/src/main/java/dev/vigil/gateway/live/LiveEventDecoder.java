package dev.vigil.gateway.live;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.status.MonitorStatus;
import dev.vigil.contracts.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Reads a status or alert record into a live event, keeping the tenant it belongs to. The record's
 * bytes are the topic's public JSON already, so they are passed on as they are.
 */
final class LiveEventDecoder {

    Optional<LiveEvent> decode(ConsumerRecord<byte[], byte[]> record) {
        if (record.value() == null) {
            return Optional.empty();
        }
        String topic = record.topic();
        if (topic.equals(Topics.MONITOR_STATUS.name())) {
            MonitorStatus status = Topics.MONITOR_STATUS.valueSerde().deserializer().deserialize(topic, record.value());
            return Optional.of(new LiveEvent(status.tenant(), LiveEventType.STATUS,
                    status.monitorId() + "@" + status.updatedAt(), json(record)));
        }
        if (topic.equals(Topics.ALERTS.name())) {
            Alert alert = Topics.ALERTS.valueSerde().deserializer().deserialize(topic, record.value());
            return Optional.of(new LiveEvent(alert.tenant(), LiveEventType.ALERT, alert.id().toString(), json(record)));
        }
        return Optional.empty();
    }

    private static String json(ConsumerRecord<byte[], byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }
}

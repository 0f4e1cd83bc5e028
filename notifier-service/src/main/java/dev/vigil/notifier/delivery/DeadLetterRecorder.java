package dev.vigil.notifier.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;

/**
 * Reads the delivery dead-letter topics so each dead task is counted and logged once; the delivery log and the
 * outcomes topic already carry the failure, so nothing else is done here.
 */
@Component(DeadLetterRecorder.BEAN_NAME)
class DeadLetterRecorder {

    static final String BEAN_NAME = "deliveryDeadLetterRecorder";
    static final String METHOD = "record";

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRecorder.class);

    private final DeliveryMetrics metrics;

    DeadLetterRecorder(DeliveryMetrics metrics) {
        this.metrics = metrics;
    }

    void record(DeliveryTask task, @Header(KafkaHeaders.RECEIVED_TOPIC) String topic) {
        metrics.deadLettered(topic);
        log.atWarn().addKeyValue("alertId", task.alert().id()).addKeyValue("channelId", task.channelId())
                .addKeyValue("topic", topic).log("delivery task dead-lettered");
    }
}

package dev.vigil.notifier.delivery;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;

/**
 * Consumes the task topics, one container per channel kind so a hung webhook can never hold up mail; each retry
 * topic gets its own containers from the retry configuration, so a waiting retry blocks nothing either.
 */
@Component
class DeliveryListeners {

    private final DeliveryFlow flow;

    DeliveryListeners(DeliveryFlow flow) {
        this.flow = flow;
    }

    @KafkaListener(id = "notifier-email-deliveries", topics = NotifierTopics.EMAIL_TASKS,
            containerFactory = DeliveryKafkaConfig.TASK_LISTENER_FACTORY)
    void email(DeliveryTask task, @Header(KafkaHeaders.RECEIVED_TOPIC) String topic) throws InterruptedException {
        flow.handle(task, NotifierTopics.stage(topic));
    }

    @KafkaListener(id = "notifier-webhook-deliveries", topics = NotifierTopics.WEBHOOK_TASKS,
            containerFactory = DeliveryKafkaConfig.TASK_LISTENER_FACTORY)
    void webhook(DeliveryTask task, @Header(KafkaHeaders.RECEIVED_TOPIC) String topic) throws InterruptedException {
        flow.handle(task, NotifierTopics.stage(topic));
    }
}

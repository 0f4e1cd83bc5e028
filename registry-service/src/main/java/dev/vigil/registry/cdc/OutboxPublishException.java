package dev.vigil.registry.cdc;

/** Kafka did not acknowledge an outbox event: the batch stays uncommitted and the engine restarts from before it. */
final class OutboxPublishException extends RuntimeException {

    OutboxPublishException(OutboxEvent event, Exception cause) {
        super("Kafka did not acknowledge outbox event %s (%s %s)"
                .formatted(event.id(), event.aggregateType(), event.aggregateId()), cause);
    }
}

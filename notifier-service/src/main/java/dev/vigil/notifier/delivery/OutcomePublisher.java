package dev.vigil.notifier.delivery;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.channel.Channel;
import dev.vigil.contracts.delivery.DeliveryOutcome;
import dev.vigil.contracts.delivery.DeliveryStatus;
import dev.vigil.contracts.topic.Topics;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes every delivery outcome for the dashboard, keyed by monitor id like the alerts it answers, and waits for
 * the broker so an outcome is never reported to the log but lost on the way.
 */
@Component
class OutcomePublisher {

    private static final long SEND_TIMEOUT_SECONDS = 30;

    private final KafkaTemplate<UUID, DeliveryOutcome> outcomes;
    private final DeliveryMetrics metrics;

    OutcomePublisher(KafkaTemplate<UUID, DeliveryOutcome> outcomes, DeliveryMetrics metrics) {
        this.outcomes = outcomes;
        this.metrics = metrics;
    }

    void publish(Alert alert, Channel channel, DeliveryStatus status, int attempts, @Nullable String lastError,
            @Nullable Instant nextAttemptAt, Instant now) {
        var outcome = new DeliveryOutcome(alert.id(), channel.id(), alert.monitorId(), alert.tenant(),
                channel.target().kind(), status, attempts, lastError, nextAttemptAt, now);
        try {
            outcomes.send(Topics.DELIVERIES.name(), alert.monitorId(), outcome)
                    .get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not publish delivery outcome", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted publishing delivery outcome", e);
        }
        metrics.outcome(channel.target().kind(), status);
    }
}

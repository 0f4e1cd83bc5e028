package dev.vigil.notifier.delivery;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.channel.Channel;
import dev.vigil.contracts.channel.ChannelKind;
import dev.vigil.contracts.delivery.DeliveryStatus;
import dev.vigil.notifier.NotifierProperties;
import dev.vigil.notifier.channel.ChannelDirectory;
import dev.vigil.notifier.channel.DisabledChannels;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One attempt at one (alert, channel): look the channel up, claim the attempt in the delivery log, send, settle the
 * log, publish the outcome, and tell the listener by exception whether the task retries or is dead.
 */
@Component
class DeliveryFlow {

    private static final Logger log = LoggerFactory.getLogger(DeliveryFlow.class);

    private final ChannelDirectory directory;
    private final DisabledChannels disabledChannels;
    private final DeliveryLog deliveryLog;
    private final OutcomePublisher outcomes;
    private final Map<ChannelKind, ChannelSender> senders;
    private final RetrySchedule schedule;
    private final DeliveryMetrics metrics;
    private final Clock clock;
    private final Duration viewWait;

    DeliveryFlow(ChannelDirectory directory, DisabledChannels disabledChannels, DeliveryLog deliveryLog,
            OutcomePublisher outcomes, List<ChannelSender> senders, RetrySchedule schedule, DeliveryMetrics metrics,
            Clock clock, NotifierProperties properties) {
        this.directory = directory;
        this.disabledChannels = disabledChannels;
        this.deliveryLog = deliveryLog;
        this.outcomes = outcomes;
        this.senders = senders.stream().collect(Collectors.toMap(ChannelSender::kind, Function.identity()));
        this.schedule = schedule;
        this.metrics = metrics;
        this.clock = clock;
        this.viewWait = properties.kafka().channelsLoadTimeout();
    }

    void handle(DeliveryTask task, int stage) throws InterruptedException {
        Alert alert = task.alert();
        // Until the view has loaded, a channel missing from it may simply not have been read yet: never drop then.
        if (!directory.awaitLoaded(viewWait)) {
            log.atWarn().addKeyValue("alertId", alert.id()).addKeyValue("channelId", task.channelId())
                    .addKeyValue("stage", stage).log("channel view not loaded, delivery postponed");
            throw new RetryableDeliveryException("channel view not loaded yet");
        }
        Optional<Channel> found = directory.find(task.channelId());
        if (found.isEmpty()) {
            log.atWarn().addKeyValue("alertId", alert.id()).addKeyValue("channelId", task.channelId())
                    .log("channel not in the loaded view (deleted before delivery), task dropped");
            return;
        }
        Channel channel = found.get();
        if (!channel.tenant().equals(alert.tenant())) {
            log.atError().addKeyValue("alertId", alert.id()).addKeyValue("channelId", channel.id())
                    .log("task names a channel of another tenant, dropped");
            return;
        }
        Optional<String> off = disabledChannels.reasonDisabled(channel)
                .or(() -> channel.enabled() ? Optional.empty() : Optional.of("channel is disabled"));
        if (off.isPresent()) {
            Instant now = clock.instant();
            deliveryLog.disabled(alert, channel, off.get(), now).ifPresent(attempts ->
                    outcomes.publish(alert, channel, DeliveryStatus.DISABLED, attempts, off.get(), null, now));
            return;
        }
        switch (deliveryLog.claim(alert, channel, clock.instant())) {
            case Claim.Settled settled -> log.atInfo().addKeyValue("alertId", alert.id())
                    .addKeyValue("channelId", channel.id()).log("delivery already settled, duplicate task dropped");
            case Claim.NotYet notYet -> postpone(alert, channel, stage, notYet);
            case Claim.Granted granted -> attempt(alert, channel, granted.attempt(), stage);
        }
    }

    /**
     * Passes the task on to the next retry topic without an attempt. Past the last one the task is dead: failed in
     * the log when the wait was a receiver's Retry-After; left to its holder when another consumer is sending it.
     */
    private void postpone(Alert alert, Channel channel, int stage, Claim.NotYet notYet) {
        if (schedule.delayAfter(stage).isPresent()) {
            throw new RetryableDeliveryException("not due before " + notYet.notBefore());
        }
        if (notYet.inFlight()) {
            throw new PermanentDeliveryException("still being sent by another consumer at the last retry");
        }
        fail(alert, channel, notYet.attempts(), "the receiver asked to wait past the last retry", clock.instant());
    }

    private void attempt(Alert alert, Channel channel, int attempt, int stage) {
        ChannelKind kind = channel.target().kind();
        long started = System.nanoTime();
        SendResult result = senders.get(kind).send(alert, channel);
        metrics.attempt(kind, result, Duration.ofNanos(System.nanoTime() - started));
        Instant now = clock.instant();
        switch (result) {
            case SendResult.Delivered delivered -> {
                deliveryLog.delivered(alert, channel, now);
                outcomes.publish(alert, channel, DeliveryStatus.DELIVERED, attempt, null, null, now);
                metrics.delivered(kind, Duration.between(alert.occurredAt(), now));
                logged(alert, channel, attempt, "delivered", null);
            }
            case SendResult.Retryable retryable -> retryOrFail(alert, channel, attempt, stage, retryable, now);
            case SendResult.Permanent permanent -> fail(alert, channel, attempt, permanent.error(), now);
            case SendResult.Gone gone -> {
                String reason = "receiver answered 410 Gone, channel switched off: " + gone.error();
                disabledChannels.disable(channel, reason, now);
                log.atWarn().addKeyValue("channelId", channel.id()).addKeyValue("tenant", channel.tenant())
                        .log("channel switched off after 410 Gone");
                fail(alert, channel, attempt, reason, now);
            }
        }
    }

    private void retryOrFail(Alert alert, Channel channel, int attempt, int stage, SendResult.Retryable retryable,
            Instant now) {
        Optional<Duration> delay = schedule.delayAfter(stage);
        if (delay.isEmpty()) {
            fail(alert, channel, attempt, "retries exhausted: " + retryable.error(), now);
        }
        Duration wait = delay.get();
        if (retryable.retryAfter() != null && retryable.retryAfter().compareTo(wait) > 0) {
            wait = retryable.retryAfter();
        }
        Instant next = now.plus(wait);
        deliveryLog.retrying(alert, channel, retryable.error(), next, now);
        outcomes.publish(alert, channel, DeliveryStatus.RETRYING, attempt, retryable.error(), next, now);
        logged(alert, channel, attempt, "retrying", retryable.error());
        throw new RetryableDeliveryException(retryable.error());
    }

    private void fail(Alert alert, Channel channel, int attempt, String error, Instant now) {
        deliveryLog.failed(alert, channel, error, now);
        outcomes.publish(alert, channel, DeliveryStatus.FAILED, attempt, error, null, now);
        logged(alert, channel, attempt, "failed", error);
        throw new PermanentDeliveryException(error);
    }

    private static void logged(Alert alert, Channel channel, int attempt, String outcome, @Nullable String error) {
        log.atInfo().addKeyValue("alertId", alert.id()).addKeyValue("channelId", channel.id())
                .addKeyValue("tenant", alert.tenant()).addKeyValue("attempt", attempt)
                .addKeyValue("outcome", outcome).addKeyValue("error", error).log("delivery attempt settled");
    }
}

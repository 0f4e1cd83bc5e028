package dev.vigil.notifier.routing;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.alert.AlertType;
import dev.vigil.contracts.channel.Channel;
import dev.vigil.notifier.NotifierProperties;
import dev.vigil.notifier.channel.ChannelDirectory;
import dev.vigil.notifier.delivery.DeliveryTask;
import dev.vigil.notifier.delivery.NotifierTopics;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads committed alerts and writes one delivery task per target channel, keyed by channel id; the alert's offset is
 * committed only after every task is acknowledged, so a crash re-routes the alert and the delivery log drops the
 * repeats.
 */
@Component
class AlertListener {

    private static final Logger log = LoggerFactory.getLogger(AlertListener.class);
    private static final long SEND_TIMEOUT_SECONDS = 30;

    private final ChannelDirectory directory;
    private final KafkaTemplate<Object, Object> tasks;
    private final NotifierProperties properties;

    AlertListener(ChannelDirectory directory, KafkaTemplate<Object, Object> internalTemplate,
            NotifierProperties properties) {
        this.directory = directory;
        this.tasks = internalTemplate;
        this.properties = properties;
    }

    @KafkaListener(id = "notifier-alerts", topics = "#{T(dev.vigil.contracts.topic.Topics).ALERTS.name()}",
            containerFactory = RoutingKafkaConfig.ALERT_LISTENER_FACTORY)
    void route(Alert alert) throws InterruptedException, ExecutionException, TimeoutException {
        if (!directory.awaitLoaded(properties.kafka().channelsLoadTimeout())) {
            throw new ChannelViewNotLoadedException(alert);
        }
        if (alert.type() == AlertType.TEST && directory.find(alert.monitorId()).isEmpty()) {
            // The registry publishes a channel before its test alert, but the view reads the channels topic on a
            // consumer of its own, so a channel created a moment ago may not be in it yet.
            directory.awaitChannel(alert.monitorId(), properties.kafka().channelsLoadTimeout());
        }
        List<Channel> targets = AlertRouter.targets(alert, directory.ofTenant(alert.tenant()));
        CompletableFuture.allOf(targets.stream()
                .map(channel -> tasks.send(NotifierTopics.tasks(channel.target().kind()), channel.id(),
                        new DeliveryTask(channel.id(), alert)))
                .toArray(CompletableFuture[]::new))
                .get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        log.atInfo().addKeyValue("alertId", alert.id()).addKeyValue("tenant", alert.tenant())
                .addKeyValue("type", alert.type()).addKeyValue("channels", targets.size()).log("alert routed");
    }
}

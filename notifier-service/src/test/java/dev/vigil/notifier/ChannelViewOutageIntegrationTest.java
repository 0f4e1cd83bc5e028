package dev.vigil.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.channel.Channel;
import dev.vigil.contracts.delivery.DeliveryStatus;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.notifier.channel.ChannelDirectory;
import dev.vigil.testkit.kafka.KafkaCluster;
import dev.vigil.testkit.mail.ScriptedSmtpServer;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.serialization.UUIDDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The channel view against a Kafka that is away when the notifier starts, for longer than any client timeout, and
 * whose broker restarts while the view is being read: the view must load once Kafka is there, readiness must say
 * so, and an alert must then reach its channel once.
 */
class ChannelViewOutageIntegrationTest {

    private static final Duration OUTAGE = Duration.ofSeconds(90);
    private static final Duration WAIT = Duration.ofSeconds(150);
    private static final int READY = 200;
    private static final int NOT_READY = 503;

    private final KafkaCluster kafka = KafkaCluster.create(1, Map.of());
    private final ScriptedSmtpServer smtp = ScriptedSmtpServer.start();
    private RunningNotifier notifier;

    @AfterEach
    void stop() {
        if (notifier != null) {
            notifier.close();
        }
        smtp.close();
        kafka.close();
    }

    @Test
    void theViewLoadsAfterALongOutageAndABrokerRestartAndAnAlertIsDeliveredOnce() {
        Map<String, String> properties = new HashMap<>(kafka.springProperties());
        properties.putAll(smtp.springProperties());
        notifier = RunningNotifier.start(RunningNotifier.freshDatabase(), properties);

        await("not ready while Kafka is away").during(OUTAGE).atMost(OUTAGE.plus(WAIT))
                .until(() -> notifier.readinessStatus() == NOT_READY);
        assertThat(readerErrors()).isPositive();

        kafka.startAll();
        kafka.createTopics(Topics.CHANNELS, Topics.ALERTS);
        // The deployment creates the notifier's own topics before it starts; here Kafka was away, so do it now.
        notifier.bean(KafkaAdmin.class).initialize();
        String tenant = Samples.tenant();
        Channel before = publish(Samples.email(tenant, tenant + "-first@example.test"));
        await("ready once the view loaded").atMost(WAIT).until(() -> notifier.readinessStatus() == READY);
        assertThat(directory().find(before.id())).isPresent();

        kafka.broker(1).restart();
        Channel after = publish(Samples.email(tenant, tenant + "@example.test"));
        await("channel published after the restart in the view").atMost(WAIT)
                .until(() -> directory().find(after.id()).isPresent());

        Alert alert = Samples.failureStreak(tenant);
        kafka.send(Topics.ALERTS, alert.monitorId(), alert);
        TopicReader.await(kafka, Topics.DELIVERIES.name(), new UUIDDeserializer(),
                Topics.DELIVERIES.valueSerde().deserializer(),
                record -> record.value().alertId().equals(alert.id()) && record.value().channelId().equals(after.id())
                        && record.value().outcome() == DeliveryStatus.DELIVERED, 1, WAIT);
        assertThat(smtp.acceptedFor(tenant + "@example.test")).hasSize(1);
        assertThat(notifier.readinessStatus()).isEqualTo(READY);
    }

    private Channel publish(Channel channel) {
        kafka.send(Topics.CHANNELS, channel.id(), channel);
        return channel;
    }

    private ChannelDirectory directory() {
        return notifier.bean(ChannelDirectory.class);
    }

    private double readerErrors() {
        var counter = notifier.bean(MeterRegistry.class).find("vigil.notifier.channels.reader.errors").counter();
        return counter == null ? 0 : counter.count();
    }
}

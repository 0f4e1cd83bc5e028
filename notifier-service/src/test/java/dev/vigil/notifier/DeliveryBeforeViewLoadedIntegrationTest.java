package dev.vigil.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.channel.Channel;
import dev.vigil.contracts.channel.ChannelTarget;
import dev.vigil.contracts.delivery.DeliveryStatus;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.notifier.channel.ChannelDirectory;
import dev.vigil.notifier.delivery.DeliveryTask;
import dev.vigil.notifier.delivery.InternalSerializer;
import dev.vigil.notifier.delivery.NotifierTopics;
import dev.vigil.testkit.kafka.KafkaCluster;
import dev.vigil.testkit.kafka.KafkaNode;
import dev.vigil.testkit.mail.ScriptedSmtpServer;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.serialization.UUIDDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A notifier restarted while its channel view cannot load yet (the broker holding the channels topic is down, every
 * other topic is served): a pending delivery task must wait for the view, not be dropped as if its channel had been
 * deleted, and an alert must wait past the routing retries, not be dead-lettered.
 */
class DeliveryBeforeViewLoadedIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final Duration LOADING = Duration.ofSeconds(20);
    private static final int NOT_READY = 503;
    private static final int CHANNELS_BROKER = 2;

    private final KafkaCluster kafka = KafkaCluster.start(2);
    private final ScriptedSmtpServer smtp = ScriptedSmtpServer.start();
    private final String database = RunningNotifier.freshDatabase();
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
    void aTaskPendingWhileTheRestartedNotifiersViewLoadsIsDeliveredOnce() {
        Map<String, String> properties = channelsOnOneBroker();
        Channel channel = knownToAFirstInstance(properties);
        KafkaNode channelsBroker = kafka.broker(CHANNELS_BROKER);
        channelsBroker.stop();
        Alert alert = Samples.failureStreak(channel.tenant());
        kafka.send(NotifierTopics.EMAIL_TASKS, new InternalSerializer(), new InternalSerializer(), channel.id(),
                new DeliveryTask(channel.id(), alert));

        notifier = RunningNotifier.start(database, properties);
        await("view still loading").during(LOADING).atMost(WAIT).until(() -> notifier.readinessStatus() == NOT_READY);
        channelsBroker.start();

        assertDeliveredOnce(alert, channel);
    }

    @Test
    void anAlertRaisedWhileTheViewCannotLoadWaitsPastTheRoutingRetriesAndIsDeliveredOnce() {
        Map<String, String> properties = channelsOnOneBroker();
        properties.put("vigil.notifier.kafka.routing-give-up-after", "5s");
        properties.put("vigil.notifier.kafka.channels-load-timeout", "2s");
        Channel channel = knownToAFirstInstance(properties);
        KafkaNode channelsBroker = kafka.broker(CHANNELS_BROKER);
        channelsBroker.stop();

        notifier = RunningNotifier.start(database, properties);
        Alert alert = Samples.failureStreak(channel.tenant());
        kafka.send(Topics.ALERTS, alert.monitorId(), alert);
        await("view still loading past the routing retries").during(LOADING).atMost(WAIT)
                .until(() -> notifier.readinessStatus() == NOT_READY);
        channelsBroker.start();

        assertDeliveredOnce(alert, channel);
        assertThat(notifier.bean(MeterRegistry.class).find("vigil.notifier.alerts.dead.letters").counter()).isNull();
    }

    /** The channels topic on one broker only, so stopping it stops the view and nothing else. */
    private Map<String, String> channelsOnOneBroker() {
        kafka.createTopics(List.of(new NewTopic(Topics.CHANNELS.name(),
                IntStream.range(0, Topics.CHANNELS.partitions()).boxed()
                        .collect(Collectors.toMap(Function.identity(), partition -> List.of(CHANNELS_BROKER))))
                .configs(Topics.CHANNELS.configs())));
        kafka.createTopics(Topics.ALERTS);
        Map<String, String> properties = new HashMap<>(kafka.springProperties());
        properties.putAll(smtp.springProperties());
        properties.put("vigil.notifier.kafka.replication-factor", "2");
        return properties;
    }

    /** A channel a first notifier instance has read, which then stops, as before a restart. */
    private Channel knownToAFirstInstance(Map<String, String> properties) {
        String tenant = Samples.tenant();
        Channel channel = Samples.email(tenant, tenant + "@example.test");
        try (var first = RunningNotifier.start(database, properties)) {
            kafka.send(Topics.CHANNELS, channel.id(), channel);
            await().atMost(WAIT).until(() -> first.bean(ChannelDirectory.class).find(channel.id()).isPresent());
        }
        return channel;
    }

    private void assertDeliveredOnce(Alert alert, Channel channel) {
        TopicReader.await(kafka, Topics.DELIVERIES.name(), new UUIDDeserializer(),
                Topics.DELIVERIES.valueSerde().deserializer(),
                record -> record.value().alertId().equals(alert.id())
                        && record.value().outcome() == DeliveryStatus.DELIVERED, 1, WAIT);
        assertThat(smtp.acceptedFor(((ChannelTarget.Email) channel.target()).address())).hasSize(1);
    }
}

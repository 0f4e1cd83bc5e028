package dev.vigil.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.channel.Channel;
import dev.vigil.contracts.channel.ChannelTarget;
import dev.vigil.contracts.channel.WebhookPreset;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.notifier.channel.ChannelDirectory;
import dev.vigil.testkit.http.ScriptedWebhookReceiver;
import dev.vigil.testkit.kafka.KafkaBroker;
import dev.vigil.testkit.kafka.WithKafka;
import dev.vigil.testkit.mail.WithMail;
import dev.vigil.testkit.postgres.WithPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.serialization.UUIDSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A Slack or Teams channel arrives with only the display form of its URL in clear and the real URL sealed with the
 * channel key; the notifier must post to the real one.
 */
@WithKafka
@WithPostgres(freshDatabase = true)
@WithMail
@ActiveProfiles("test")
@SpringBootTest
class SealedChatUrlIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private static ScriptedWebhookReceiver receiver;

    @Autowired
    private ChannelDirectory directory;

    @BeforeAll
    static void startInfrastructure() {
        KafkaBroker.shared().createTopics(List.of(
                new NewTopic(Topics.CHANNELS.name(), Topics.CHANNELS.partitions(), (short) 1)
                        .configs(Topics.CHANNELS.configs()),
                new NewTopic(Topics.ALERTS.name(), Topics.ALERTS.partitions(), (short) 1)));
        receiver = ScriptedWebhookReceiver.startOn("127.0.0.1");
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    void aSlackAlertIsPostedToTheSealedRealUrlNotToItsDisplayForm() {
        String tenant = Samples.tenant();
        String path = "/services/T0AB/B0CD/" + UUID.randomUUID();
        var slack = new ChannelTarget.Webhook("https://hooks.slack.example.test/services/********",
                WebhookPreset.SLACK, List.of(Sealing.sealed(Sealing.newSecret(), null)),
                Sealing.sealedText(receiver.url(path)));
        Channel channel = new Channel(UUID.randomUUID(), tenant, "ops slack", slack, List.of(), true, 1,
                Instant.now());
        KafkaBroker.shared().send(Topics.CHANNELS.name(), new UUIDSerializer(),
                Topics.CHANNELS.valueSerde().serializer(), channel.id(), channel);
        await().atMost(WAIT).until(() -> directory.find(channel.id()).isPresent());
        Alert alert = Samples.failureStreak(tenant);

        KafkaBroker.shared().send(Topics.ALERTS.name(), new UUIDSerializer(), Topics.ALERTS.valueSerde().serializer(),
                alert.monitorId(), alert);

        assertThat(receiver.awaitRequestsTo(path, 1, WAIT).getFirst().header("webhook-id"))
                .isEqualTo(alert.id().toString());
    }
}

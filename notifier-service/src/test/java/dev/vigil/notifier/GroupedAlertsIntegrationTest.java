package dev.vigil.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.alert.GroupedAlert;
import dev.vigil.contracts.channel.Channel;
import dev.vigil.contracts.delivery.DeliveryOutcome;
import dev.vigil.contracts.delivery.DeliveryStatus;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.notifier.channel.ChannelDirectory;
import dev.vigil.testkit.http.ScriptedWebhookReceiver;
import dev.vigil.testkit.kafka.KafkaBroker;
import dev.vigil.testkit.kafka.WithKafka;
import dev.vigil.testkit.mail.MailServer;
import dev.vigil.testkit.mail.WithMail;
import dev.vigil.testkit.postgres.WithPostgres;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.serialization.UUIDDeserializer;
import org.apache.kafka.common.serialization.UUIDSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * One outage seen by three rules (failure streak, SLA breach, budget burn) is three alert records but one
 * notification per channel: the lead carries the others, which route nowhere.
 */
@WithKafka
@WithPostgres(freshDatabase = true)
@WithMail
@ActiveProfiles("test")
// GreenMail is a plain SMTP catcher, like the local stack's: STARTTLS (required by default) is off for it.
@TestPropertySource(properties = {"spring.mail.properties.mail.smtp.starttls.enable=false",
        "spring.mail.properties.mail.smtp.starttls.required=false"})
@SpringBootTest
class GroupedAlertsIntegrationTest {

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
    void anIncidentRaisedAsThreeGroupedAlertsReachesEachChannelAsOneNotificationCarryingAllThree() {
        String tenant = Samples.tenant();
        String address = tenant + "@example.test";
        String path = "/grouped-" + UUID.randomUUID();
        Channel mail = publish(Samples.email(tenant, address));
        Channel hook = publish(Samples.webhook(tenant, receiver.url(path), Sealing.newSecret()));
        Alert streak = Samples.failureStreak(tenant);
        Alert breach = Samples.slaBreachWith(streak);
        Alert burn = Samples.budgetBurnWith(streak);

        // Same monitor, so one partition: the companions are routed before their lead.
        raise(breach.companionOf(streak.id()));
        raise(burn.companionOf(streak.id()));
        raise(streak.leading(List.of(GroupedAlert.of(breach), GroupedAlert.of(burn))));

        awaitDelivered(streak, mail);
        awaitDelivered(streak, hook);
        var mails = MailServer.shared().awaitMessagesTo(address, 1, WAIT);
        assertThat(mails).singleElement().satisfies(received -> assertThat(received.text())
            .contains("Failed checks in a row: 3", "Also breached its SLA: Availability 98.000%",
                "Also is burning its error budget fast: SLA target 99.900%"));
        assertThat(receiver.requestsTo(path)).singleElement().satisfies(request ->
            assertThat(new String(request.body(), StandardCharsets.UTF_8))
                .contains(breach.id().toString(), burn.id().toString()));
    }

    private Channel publish(Channel channel) {
        KafkaBroker.shared().send(Topics.CHANNELS.name(), new UUIDSerializer(),
                Topics.CHANNELS.valueSerde().serializer(), channel.id(), channel);
        await().atMost(WAIT).until(() -> directory.find(channel.id()).isPresent());
        return channel;
    }

    private static void raise(Alert alert) {
        KafkaBroker.shared().send(Topics.ALERTS.name(), new UUIDSerializer(), Topics.ALERTS.valueSerde().serializer(),
                alert.monitorId(), alert);
    }

    private static void awaitDelivered(Alert alert, Channel channel) {
        TopicReader.await(Topics.DELIVERIES.name(), new UUIDDeserializer(),
                Topics.DELIVERIES.valueSerde().deserializer(),
                record -> matches(record.value(), alert, channel), 1, WAIT);
    }

    private static boolean matches(DeliveryOutcome outcome, Alert alert, Channel channel) {
        return outcome.alertId().equals(alert.id()) && outcome.channelId().equals(channel.id())
                && outcome.outcome() == DeliveryStatus.DELIVERED;
    }
}

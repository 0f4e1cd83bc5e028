package dev.vigil.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.channel.Channel;
import dev.vigil.contracts.delivery.DeliveryOutcome;
import dev.vigil.contracts.delivery.DeliveryStatus;
import dev.vigil.contracts.topic.DeadLetterHeaders;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.notifier.channel.ChannelDirectory;
import dev.vigil.notifier.delivery.NotifierTopics;
import dev.vigil.testkit.kafka.KafkaCluster;
import dev.vigil.testkit.mail.ScriptedSmtpServer;
import dev.vigil.testkit.mail.SmtpReply;
import dev.vigil.testkit.mail.SmtpTransaction;
import dev.vigil.testkit.net.TcpProxy;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.UUIDDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Alert mail against an SMTP server that really answers 421, 451 and 550, drops the connection or cannot be reached:
 * a 4xx, a lost or refused connection is retried until the mail arrives once, a 5xx fails at once, is reported, and
 * is never retried.
 */
class SmtpRepliesIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    private static KafkaCluster kafka;
    private static ScriptedSmtpServer smtp;
    private static TcpProxy smtpPort;
    private static RunningNotifier notifier;

    @BeforeAll
    static void start() {
        // A Kafka of its own: the notifier's listener groups must not be shared with other test contexts' notifiers.
        kafka = KafkaCluster.start(1);
        kafka.createTopics(Topics.CHANNELS, Topics.ALERTS);
        smtp = ScriptedSmtpServer.start();
        // The notifier reaches the server through a proxy, so a test can close the port it connects to.
        smtpPort = TcpProxy.to(smtp.host(), smtp.port());
        Map<String, String> properties = new HashMap<>(kafka.springProperties());
        properties.putAll(smtp.springProperties());
        properties.put("spring.mail.port", String.valueOf(smtpPort.port()));
        notifier = RunningNotifier.start(RunningNotifier.freshDatabase(), properties);
    }

    @AfterAll
    static void stop() {
        notifier.close();
        smtpPort.close();
        smtp.close();
        kafka.close();
    }

    @Test
    void aRecipientRefusedWith550FailsAtOnceIsReportedAndNeverRetried() {
        String address = Samples.tenant() + "@example.test";
        smtp.script(address, SmtpReply.atRecipient(550));

        Alert alert = mailAlertTo(address);

        assertFailedOnceWithoutRetry(alert, address, "550");
    }

    @Test
    void aMessageRefusedWith550AfterItsContentFailsAtOnceIsReportedAndNeverRetried() {
        String address = Samples.tenant() + "@example.test";
        smtp.script(address, SmtpReply.atEndOfData(550));

        Alert alert = mailAlertTo(address);

        assertFailedOnceWithoutRetry(alert, address, "550");
    }

    @Test
    void a451IsRetriedAndTheMailArrivesExactlyOnce() {
        String address = Samples.tenant() + "@example.test";
        smtp.script(address, SmtpReply.atEndOfData(451));
        double before = smtpFailures("4xx");

        Alert alert = mailAlertTo(address);

        assertDeliveredExactlyOnceAfterOneFailure(alert, address);
        assertThat(smtpFailures("4xx")).isGreaterThan(before);
    }

    @Test
    void a421IsRetriedAndTheMailArrivesExactlyOnce() {
        String address = Samples.tenant() + "@example.test";
        smtp.script(address, SmtpReply.atRecipient(421));

        Alert alert = mailAlertTo(address);

        assertDeliveredExactlyOnceAfterOneFailure(alert, address);
    }

    @Test
    void aConnectionDroppedAfterTheContentIsRetriedAndTheMailArrivesExactlyOnce() {
        String address = Samples.tenant() + "@example.test";
        smtp.script(address, SmtpReply.dropAfterData());

        Alert alert = mailAlertTo(address);

        assertDeliveredExactlyOnceAfterOneFailure(alert, address);
    }

    @Test
    void aRefusedConnectionIsRetriedAndTheMailArrivesExactlyOnce() {
        String address = Samples.tenant() + "@example.test";
        double before = smtpFailures("none");
        smtpPort.cut();
        Alert alert;
        DeliveryOutcome refused;
        try {
            alert = mailAlertTo(address);
            refused = awaitOutcome(alert, DeliveryStatus.RETRYING);
        } finally {
            smtpPort.restore();
        }

        assertThat(refused.lastError()).containsIgnoringCase("connection refused");
        assertThat(awaitOutcome(alert, DeliveryStatus.DELIVERED).attempts()).isGreaterThan(1);
        // Refused attempts never reached the server: the one transaction it saw is the accepted one.
        assertThat(smtp.transactionsTo(address)).extracting(SmtpTransaction::accepted).containsExactly(true);
        assertThat(smtpFailures("none")).isGreaterThan(before);
    }

    private void assertFailedOnceWithoutRetry(Alert alert, String address, String code) {
        DeliveryOutcome failed = awaitOutcome(alert, DeliveryStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).contains(code);
        var deadLetter = TopicReader.await(kafka, NotifierTopics.deadLetter(NotifierTopics.EMAIL_TASKS),
                new UUIDDeserializer(), new ByteArrayDeserializer(),
                record -> failed.channelId().equals(record.key()), 1, WAIT).getFirst();
        assertThat(new String(deadLetter.headers().lastHeader(DeadLetterHeaders.REASON).value(),
                StandardCharsets.UTF_8)).isEqualTo("processing");
        // The retry delays are seconds in the test profile: a retry would have happened by now.
        assertThat(smtp.transactionsTo(address)).hasSize(1);
        assertThat(smtp.acceptedFor(address)).isEmpty();
        assertThat(smtpFailures("5xx")).isPositive();
    }

    private void assertDeliveredExactlyOnceAfterOneFailure(Alert alert, String address) {
        awaitOutcome(alert, DeliveryStatus.DELIVERED);
        assertThat(smtp.acceptedFor(address)).hasSize(1);
        assertThat(smtp.transactionsTo(address)).extracting(SmtpTransaction::accepted).containsExactly(false, true);
    }

    private Alert mailAlertTo(String address) {
        String tenant = address.substring(0, address.indexOf('@'));
        Channel channel = Samples.email(tenant, address);
        kafka.send(Topics.CHANNELS, channel.id(), channel);
        await().atMost(WAIT).until(() -> notifier.bean(ChannelDirectory.class).find(channel.id()).isPresent());
        Alert alert = Samples.failureStreak(tenant);
        kafka.send(Topics.ALERTS, alert.monitorId(), alert);
        return alert;
    }

    private DeliveryOutcome awaitOutcome(Alert alert, DeliveryStatus status) {
        return TopicReader.await(kafka, Topics.DELIVERIES.name(), new UUIDDeserializer(),
                Topics.DELIVERIES.valueSerde().deserializer(),
                record -> record.value().alertId().equals(alert.id()) && record.value().outcome() == status, 1, WAIT)
                .getFirst().value();
    }

    private double smtpFailures(String reply) {
        var counter = notifier.bean(MeterRegistry.class).find("vigil.notifier.smtp.failures").tag("reply", reply)
                .counter();
        return counter == null ? 0 : counter.count();
    }
}

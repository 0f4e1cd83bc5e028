package dev.vigil.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.channel.Channel;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.notifier.channel.ChannelDirectory;
import dev.vigil.testkit.kafka.KafkaCluster;
import dev.vigil.testkit.mail.ScriptedSmtpServer;
import dev.vigil.testkit.mail.SmtpTransaction;
import dev.vigil.testkit.tls.TestCertificates;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** With its default settings the notifier sends alert mail only inside STARTTLS, to a server that insists on it. */
class SmtpStartTlsIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    private final KafkaCluster kafka = KafkaCluster.start(1);
    private final ScriptedSmtpServer smtp = ScriptedSmtpServer.startWithStartTls(new TestCertificates()
            .server("localhost", Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(1))),
            true);
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
    void byDefaultAlertMailGoesOutOnlyAfterStartTls() {
        kafka.createTopics(Topics.CHANNELS, Topics.ALERTS);
        Map<String, String> properties = new HashMap<>(kafka.springProperties());
        properties.putAll(smtp.springProperties());
        notifier = RunningNotifier.start(RunningNotifier.freshDatabase(), properties);
        String tenant = Samples.tenant();
        String address = tenant + "@example.test";
        Channel channel = Samples.email(tenant, address);
        kafka.send(Topics.CHANNELS, channel.id(), channel);
        await().atMost(WAIT).until(() -> notifier.bean(ChannelDirectory.class).find(channel.id()).isPresent());

        Alert alert = Samples.failureStreak(tenant);
        kafka.send(Topics.ALERTS, alert.monitorId(), alert);

        assertThat(smtp.awaitAcceptedFor(address, 1, WAIT)).hasSize(1);
        assertThat(smtp.transactionsTo(address)).singleElement().extracting(SmtpTransaction::tls).isEqualTo(true);
    }
}

package dev.vigil.registry.channel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.channel.Channel;
import dev.vigil.contracts.channel.ChannelTarget;
import dev.vigil.contracts.channel.SecretSealer;
import dev.vigil.contracts.channel.SigningSecret;
import dev.vigil.contracts.channel.WebhookPreset;
import dev.vigil.contracts.json.ContractsJson;
import dev.vigil.registry.api.RegistryApiFixture;
import dev.vigil.registry.api.TestProperties;
import dev.vigil.registry.api.WithoutKafka;
import dev.vigil.testkit.keycloak.DemoUser;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Slack and Teams channels stored by a registry from before sealing get their URL sealed and republished on start. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {WithoutKafka.CDC_OFF, WithoutKafka.NO_TOPIC_CREATION})
class LegacyChatUrlSealingIntegrationTest extends RegistryApiFixture {

    private static final SecretSealer CHANNEL_KEY = SecretSealer.fromBase64Key(TestProperties.SEALING_KEY);

    @Autowired
    private ChannelRepository channels;

    @Autowired
    private LegacyChatUrlSealing sealing;

    @BeforeEach
    void clean() {
        jdbc.sql("delete from channel").update();
        jdbc.sql("delete from outbox_event").update();
    }

    @Test
    void aSlackUrlStoredInClearIsSealedAndTheNextVersionPublishedOnce() {
        String slackUrl = "https://hooks.slack.example.com/services/T0/B0/" + UUID.randomUUID();
        UUID slack = insert(slackUrl, WebhookPreset.SLACK);
        UUID generic = insert("https://receiver.example.com/" + UUID.randomUUID(), WebhookPreset.GENERIC);

        assertThat(sealing.sealAll()).isEqualTo(1);
        assertThat(sealing.sealAll()).as("a second start finds nothing left in clear").isZero();

        assertThat(jdbc.sql("select definition::text from channel where id = ?").param(slack).query(String.class)
                .single()).doesNotContain(slackUrl);
        List<String> payloads = jdbc.sql("select payload::text from outbox_event where aggregateid = ?")
                .param(slack.toString()).query(String.class).list();
        assertThat(payloads).hasSize(1);
        Channel published = ContractsJson.mapper().readValue(payloads.getFirst(), Channel.class);
        assertThat(published.version()).isEqualTo(2);
        assertThat(CHANNEL_KEY.open(((ChannelTarget.Webhook) published.target()).sealedUrl())).isEqualTo(slackUrl);
        assertThat(jdbc.sql("select count(*) from outbox_event where aggregateid = ?").param(generic.toString())
                .query(Long.class).single()).isZero();
    }

    private UUID insert(String url, WebhookPreset preset) {
        var target = new ChannelTarget.Webhook(url, preset,
                List.of(new SigningSecret(CHANNEL_KEY.seal(CHANNEL_KEY.newWebhookSecret()), null)));
        var channel = new Channel(UUID.randomUUID(), DemoUser.ALICE.id().toString(), "legacy", target, List.of(),
                true, 1, Instant.now());
        channels.insert(channel);
        return channel.id();
    }
}

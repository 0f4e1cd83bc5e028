package dev.vigil.registry.channel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.channel.Channel;
import dev.vigil.contracts.channel.ChannelTarget;
import dev.vigil.contracts.channel.SecretSealer;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.registry.api.ApiClient;
import dev.vigil.registry.api.RegistryApiFixture;
import dev.vigil.registry.api.TestProperties;
import dev.vigil.registry.cdc.TopicReader;
import dev.vigil.testkit.kafka.WithKafka;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A Slack or Teams webhook URL is itself a bearer credential: the API shows only its host and a masked path, and the
 * database and the channels topic hold it sealed with the channel key, which only the registry and the notifier hold.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithKafka
class ChatWebhookUrlSecrecyIntegrationTest extends RegistryApiFixture {

    private static final Duration TOPIC_TIMEOUT = Duration.ofSeconds(90);
    private static final SecretSealer CHANNEL_KEY = SecretSealer.fromBase64Key(TestProperties.SEALING_KEY);

    @Test
    void aSlackUrlIsMaskedInTheApiAndOnlySealedInStorageAndOnTheChannelsTopic() {
        String secretPath = "/services/T0AB/B0CD/" + UUID.randomUUID();
        String slackUrl = "https://hooks.slack.example.com" + secretPath;

        UUID id = create(slackUrl, "slack");

        ApiClient.Response read = api.get(alice, "/api/v1/channels/" + id);
        assertThat(read.body().get("url").asString()).isEqualTo("https://hooks.slack.example.com/services/********");
        assertThat(api.get(alice, "/api/v1/channels").raw().body()).doesNotContain(secretPath);
        assertThat(storedDefinition(id)).doesNotContain(secretPath);
        ConsumerRecord<byte[], byte[]> record = published(id, 1).getFirst();
        assertThat(TopicReader.text(record.value())).doesNotContain(secretPath);
        assertThat(CHANNEL_KEY.open(webhook(record).sealedUrl())).isEqualTo(slackUrl);
    }

    @Test
    void aRotationKeepsTheSealedUrl() {
        String teamsUrl = "https://contoso.webhook.office.example.com/webhookb2/" + UUID.randomUUID();
        UUID id = create(teamsUrl, "teams");

        ApiClient.Response rotated = api.post(alice, "/api/v1/channels/" + id + "/rotate-secret", null);

        assertThat(rotated.status()).isEqualTo(200);
        assertThat(CHANNEL_KEY.open(webhook(published(id, 2).get(1)).sealedUrl())).isEqualTo(teamsUrl);
    }

    @Test
    void aGenericWebhookUrlIsNotACredentialAndStaysAsItIs() {
        String url = "https://receiver.example.com/vigil/" + UUID.randomUUID();
        UUID id = create(url, "generic");

        assertThat(api.get(alice, "/api/v1/channels/" + id).body().get("url").asString()).isEqualTo(url);
        assertThat(webhook(published(id, 1).getFirst()).sealedUrl()).isNull();
    }

    private UUID create(String url, String preset) {
        ApiClient.Response created = api.post(alice, "/api/v1/channels", """
                {"name": "chat", "kind": "webhook", "url": "%s", "preset": "%s"}
                """.formatted(url, preset));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return UUID.fromString(created.body().get("id").asString());
    }

    private static List<ConsumerRecord<byte[], byte[]>> published(UUID id, int versions) {
        return TopicReader.read(Topics.CHANNELS.name(), Set.of(id), received -> received.size() >= versions,
                TOPIC_TIMEOUT);
    }

    private static ChannelTarget.Webhook webhook(ConsumerRecord<byte[], byte[]> record) {
        Channel channel = Topics.CHANNELS.valueSerde().deserializer().deserialize(record.topic(), record.value());
        return (ChannelTarget.Webhook) channel.target();
    }

    private String storedDefinition(UUID id) {
        return jdbc.sql("select definition::text from channel where id = ?").param(id).query(String.class).single();
    }
}

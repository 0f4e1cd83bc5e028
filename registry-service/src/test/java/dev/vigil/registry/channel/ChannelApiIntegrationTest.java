package dev.vigil.registry.channel;

import dev.vigil.registry.api.RegistryApiFixture;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.alert.AlertType;
import dev.vigil.contracts.channel.Channel;
import dev.vigil.contracts.channel.ChannelTarget;
import dev.vigil.contracts.channel.SecretSealer;
import dev.vigil.contracts.channel.SigningSecret;
import dev.vigil.contracts.json.ContractsJson;
import dev.vigil.registry.api.ApiClient;
import dev.vigil.registry.api.TestProperties;
import dev.vigil.registry.api.WithoutKafka;
import dev.vigil.testkit.keycloak.DemoUser;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {WithoutKafka.CDC_OFF, WithoutKafka.NO_TOPIC_CREATION,
            "vigil.registry.channels.secret-grace-period=2h"})
class ChannelApiIntegrationTest extends RegistryApiFixture {

    private static final SecretSealer SEALER = SecretSealer.fromBase64Key(TestProperties.SEALING_KEY);

    private static final String WEBHOOK = """
            {"name": "ops hook", "kind": "webhook", "url": "https://hooks.example.com/vigil", "preset": "slack",
             "alertTypes": ["failure_streak", "recovery"]}
            """;

    record OutboxRow(String aggregatetype, String aggregateid, String type, @Nullable String payload) {
    }

    @BeforeEach
    void setUp() {
        jdbc.sql("delete from outbox_event").update();
    }

    @Test
    void aWebhookSecretIsShownOnceAndStoredAndPublishedOnlySealed() throws Exception {
        ApiClient.Response created = api.post(alice, "/api/v1/channels", WEBHOOK);

        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        String secret = created.body().get("signingSecret").asString();
        assertThat(SecretSealer.hmacKey(secret)).as("a Standard Webhooks secret the notifier can sign with").isNotEmpty();
        UUID id = UUID.fromString(created.body().get("id").asString());
        ApiClient.Response read = api.get(alice, "/api/v1/channels/" + id);
        assertThat(read.body().has("signingSecret")).isFalse();
        assertThat(read.raw().body()).doesNotContain(secret);

        Channel published = channel(outbox(id).getFirst());
        SigningSecret sealed = ((ChannelTarget.Webhook) published.target()).signingSecrets().getFirst();
        assertThat(sealed.ciphertext()).doesNotContain(secret);
        assertThat(open(sealed.ciphertext())).isEqualTo(secret);
        assertThat(published.alertTypes()).containsExactly(AlertType.FAILURE_STREAK, AlertType.RECOVERY);
        assertThat(storedDefinition(id)).doesNotContain(secret);
    }

    @Test
    void rotationAddsANewSecretAndKeepsTheOldOneValidForTheGracePeriod() throws Exception {
        ApiClient.Response created = api.post(alice, "/api/v1/channels", WEBHOOK);
        String oldSecret = created.body().get("signingSecret").asString();
        UUID id = UUID.fromString(created.body().get("id").asString());
        Instant beforeRotation = Instant.now();

        ApiClient.Response rotated = api.post(alice, "/api/v1/channels/" + id + "/rotate-secret", null);

        assertThat(rotated.status()).isEqualTo(200);
        String newSecret = rotated.body().get("signingSecret").asString();
        assertThat(newSecret).isNotEqualTo(oldSecret);
        List<OutboxRow> rows = outbox(id);
        assertThat(rows).extracting(OutboxRow::type).containsExactly("created", "rotated");
        Channel published = channel(rows.get(1));
        List<SigningSecret> secrets = ((ChannelTarget.Webhook) published.target()).signingSecrets();
        assertThat(secrets).hasSize(2);
        assertThat(open(secrets.get(0).ciphertext())).isEqualTo(newSecret);
        assertThat(secrets.get(0).validUntil()).isNull();
        assertThat(open(secrets.get(1).ciphertext())).isEqualTo(oldSecret);
        assertThat(secrets.get(1).validUntil()).isBetween(beforeRotation.plus(Duration.ofHours(2)).minusSeconds(5),
                Instant.now().plus(Duration.ofHours(2)));
        assertThat(published.version()).isEqualTo(2);
    }

    @Test
    void anEmailChannelHasNoSecret() {
        ApiClient.Response created = api.post(alice, "/api/v1/channels", """
                {"name": "on call", "kind": "email", "address": "oncall@example.com"}
                """);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().has("signingSecret")).isFalse();
        assertThat(api.post(alice, "/api/v1/channels/" + created.body().get("id").asString() + "/rotate-secret", null)
                .status()).isEqualTo(409);
    }

    @Test
    void invalidChannelsNameEveryFieldAtFault() {
        ApiClient.Response refused = api.post(alice, "/api/v1/channels", """
                {"name": "", "kind": "email", "url": "https://example.com"}
                """);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("name", "url", "address");
    }

    @Test
    void testSendsATestAlertForTheChannelThroughTheOutbox() {
        UUID id = UUID.fromString(api.post(alice, "/api/v1/channels", WEBHOOK).body().get("id").asString());

        ApiClient.Response answer = api.post(alice, "/api/v1/channels/" + id + "/test", null);

        assertThat(answer.status()).isEqualTo(202);
        OutboxRow row = outbox(id).getLast();
        assertThat(row.aggregatetype()).isEqualTo("alert");
        assertThat(row.type()).isEqualTo("test");
        Alert alert = ContractsJson.mapper().readValue(row.payload(), Alert.class);
        assertThat(alert.type()).isEqualTo(AlertType.TEST);
        assertThat(alert.monitorId()).isEqualTo(id);
        assertThat(alert.tenant()).isEqualTo(DemoUser.ALICE.id().toString());
        assertThat(alert.details().message()).contains("ops hook");
    }

    @Test
    void deleteRemovesTheChannelAndWritesATombstoneEvent() {
        UUID id = UUID.fromString(api.post(alice, "/api/v1/channels", WEBHOOK).body().get("id").asString());

        assertThat(api.delete(alice, "/api/v1/channels/" + id).status()).isEqualTo(204);

        assertThat(api.get(alice, "/api/v1/channels/" + id).status()).isEqualTo(404);
        OutboxRow tombstone = outbox(id).getLast();
        assertThat(tombstone.type()).isEqualTo("deleted");
        assertThat(tombstone.payload()).isNull();
    }

    /** Opens a sealed secret the way the notifier must: base64 of nonce(12) || AES-GCM ciphertext and tag. */
    /** Opened as the notifier opens it, with the shared implementation and the deployment key. */
    private static String open(String sealed) {
        return SEALER.open(sealed);
    }

    private static Channel channel(OutboxRow row) {
        return ContractsJson.mapper().readValue(row.payload(), Channel.class);
    }

    private String storedDefinition(UUID id) {
        return jdbc.sql("select definition::text from channel where id = ?").param(id).query(String.class).single();
    }

    private List<OutboxRow> outbox(UUID aggregateId) {
        return jdbc.sql("""
                select aggregatetype, aggregateid, type, payload::text as payload from outbox_event
                where aggregateid = ? order by created_at
                """)
                .param(aggregateId.toString())
                .query(OutboxRow.class)
                .list();
    }
}

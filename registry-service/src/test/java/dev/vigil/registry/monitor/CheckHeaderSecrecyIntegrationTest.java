package dev.vigil.registry.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.contracts.secret.Sealer;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.registry.api.ApiClient;
import dev.vigil.registry.api.RegistryApiFixture;
import dev.vigil.registry.api.TestProperties;
import dev.vigil.registry.cdc.TopicReader;
import dev.vigil.testkit.kafka.WithKafka;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Check header values (an API's bearer token, say) are the check owner's credentials: the API shows them masked, the
 * database and the monitors topic hold them sealed with the check key, which only the registry and the probe hold.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithKafka
class CheckHeaderSecrecyIntegrationTest extends RegistryApiFixture {

    private static final Duration TOPIC_TIMEOUT = Duration.ofSeconds(90);
    private static final String TOKEN = "Bearer s3cret-api-token-" + UUID.randomUUID();
    private static final Sealer CHECK_KEY = Sealer.fromBase64Key(TestProperties.CHECK_KEY);

    @BeforeEach
    void withinTheQuota() {
        jdbc.sql("delete from monitor").update();
    }

    @Test
    void anAuthorizationHeaderIsMaskedInTheApiAndOnlySealedInStorageAndOnTheMonitorsTopic() {
        UUID id = create(TOKEN);

        ApiClient.Response read = api.get(alice, "/api/v1/monitors/" + id);
        assertThat(read.raw().body()).doesNotContain(TOKEN);
        assertThat(read.body().get("check").get("http").get("headers").get("Authorization").asString())
                .isEqualTo("********");
        assertThat(api.get(alice, "/api/v1/monitors").raw().body()).doesNotContain(TOKEN);
        assertThat(storedDefinition(id)).doesNotContain(TOKEN);

        ConsumerRecord<byte[], byte[]> record = published(id, 1).getFirst();
        assertThat(TopicReader.text(record.value())).doesNotContain(TOKEN);
        assertThat(CHECK_KEY.open(authorization(record))).isEqualTo(TOKEN);
    }

    @Test
    void aPatchSendingTheMaskBackKeepsTheStoredValueAndANewValueReplacesIt() {
        UUID id = create(TOKEN);

        ApiClient.Response masked = api.patch(alice, "/api/v1/monitors/" + id, """
                {"name": "renamed", "http": {"method": "get", "headers": {"Authorization": "********",
                 "X-Tenant": "blue"}}}
                """);
        assertThat(masked.status()).as(masked.raw().body()).isEqualTo(200);
        ApiClient.Response replaced = api.patch(alice, "/api/v1/monitors/" + id, """
                {"http": {"method": "get", "headers": {"Authorization": "Bearer rotated", "X-Tenant": "********"}}}
                """);
        assertThat(replaced.status()).as(replaced.raw().body()).isEqualTo(200);

        List<ConsumerRecord<byte[], byte[]>> versions = published(id, 3);
        assertThat(CHECK_KEY.open(authorization(versions.get(1)))).isEqualTo(TOKEN);
        assertThat(CHECK_KEY.open(authorization(versions.get(2)))).isEqualTo("Bearer rotated");
        assertThat(CHECK_KEY.open(headers(versions.get(2)).get("X-Tenant"))).isEqualTo("blue");
    }

    @Test
    void aSealedValueSentByAClientIsSealedAgainSoItCannotBorrowAnotherMonitorsSecret() {
        String borrowed = CHECK_KEY.seal("Bearer someone-elses-token");
        UUID id = create(borrowed);

        assertThat(CHECK_KEY.open(authorization(published(id, 1).getFirst()))).isEqualTo(borrowed);
    }

    @Test
    void theMaskIsRefusedWhenThereIsNoStoredValueToKeep() {
        ApiClient.Response created = api.post(alice, "/api/v1/monitors", monitor("********"));

        assertThat(created.status()).as(created.raw().body()).isEqualTo(400);
        assertThat(created.raw().body()).contains("http.headers.Authorization");
    }

    private UUID create(String authorization) {
        ApiClient.Response created = api.post(alice, "/api/v1/monitors", monitor(authorization));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        assertThat(created.raw().body()).doesNotContain(TOKEN);
        return UUID.fromString(created.body().get("id").asString());
    }

    private static String monitor(String authorization) {
        return """
                {"name": "private api", "kind": "http", "target": "https://api.example.com/health",
                 "intervalSeconds": 60, "http": {"method": "get", "headers": {"Authorization": "%s"}}}
                """.formatted(authorization);
    }

    private static List<ConsumerRecord<byte[], byte[]>> published(UUID id, int versions) {
        return TopicReader.read(Topics.MONITORS.name(), Set.of(id), received -> received.size() >= versions,
                TOPIC_TIMEOUT);
    }

    private static String authorization(ConsumerRecord<byte[], byte[]> record) {
        return headers(record).get("Authorization");
    }

    private static Map<String, String> headers(ConsumerRecord<byte[], byte[]> record) {
        MonitorSnapshot snapshot = Topics.MONITORS.valueSerde().deserializer().deserialize(record.topic(),
                record.value());
        return snapshot.check().http().headers();
    }

    private String storedDefinition(UUID id) {
        return jdbc.sql("select definition::text from monitor where id = ?").param(id).query(String.class).single();
    }
}

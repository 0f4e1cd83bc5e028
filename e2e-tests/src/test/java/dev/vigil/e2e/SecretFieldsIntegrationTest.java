package dev.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.topic.Topics;
import dev.vigil.testkit.http.RecordedRequest;
import dev.vigil.testkit.keycloak.DemoUser;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Credentials a user gives Vigil (a check's Authorization header, a Slack webhook URL) are used where they must be
 * and nowhere else readable: masked in the API and sealed on the topics that downstream teams read, yet the probe
 * sends the real header and the notifier posts to the real URL.
 */
class SecretFieldsIntegrationTest {

    private static final Duration ARRIVES = Duration.ofMinutes(2);
    private static final Duration POLL = Duration.ofMillis(500);

    private static VigilSystem system;
    private static String bob;
    private static final List<String> created = new ArrayList<>();

    @BeforeAll
    static void signIn() {
        system = VigilSystem.shared();
        bob = system.tokens().of(DemoUser.BOB);
    }

    @AfterAll
    static void removeWhatWasCreated() {
        created.forEach(path -> system.gateway().delete(bob, path));
    }

    @Test
    void aCheckAuthorizationHeaderIsMaskedAndSealedYetTheTargetReceivesIt() {
        String token = "Bearer e2e-" + UUID.randomUUID();
        String path = "/private-api-" + UUID.randomUUID();
        URI target = system.stack().webhooks().uri().resolve(path);

        ApiResponse answer = system.gateway().post(bob, "/api/v1/monitors", """
                {"name": "bob's private api", "kind": "http", "target": "%s", "intervalSeconds": %d,
                 "timeoutMs": 1500, "http": {"method": "get", "headers": {"Authorization": "%s"}}}
                """.formatted(target, VigilSystem.INTERVAL_SECONDS, token));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        String id = answer.json().get("id").asString();
        created.add("/api/v1/monitors/" + id);

        RecordedRequest probe = Awaitility.await("a probe of bob's private api").atMost(ARRIVES).until(
                () -> system.stack().webhooks().requests().stream().filter(r -> r.path().equals(path)).findFirst(),
                found -> found.isPresent()).orElseThrow();
        assertThat(probe.header("Authorization")).hasValue(token);
        ApiResponse read = system.gateway().get(bob, "/api/v1/monitors/" + id);
        assertThat(read.body()).doesNotContain(token).contains("********");
        assertThat(recordsOf(Topics.MONITORS.name(), id)).isNotEmpty().allSatisfy(value ->
                assertThat(value).doesNotContain(token).contains("vigil-sealed:v1:"));
        assertThat(recordsOf(Topics.PROBE_REQUESTS.name(), id)).isNotEmpty().allSatisfy(value ->
                assertThat(value).doesNotContain(token).contains("vigil-sealed:v1:"));
    }

    @Test
    void aSlackUrlIsMaskedAndSealedYetATestAlertIsPostedToIt() {
        String secretPath = "/services/T0E2E/B0E2E/" + UUID.randomUUID();
        URI slack = system.stack().webhooks().uri().resolve(secretPath);

        ApiResponse answer = system.gateway().post(bob, "/api/v1/channels", """
                {"name": "bob's slack", "kind": "webhook", "url": "%s", "preset": "slack"}
                """.formatted(slack));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        String id = answer.json().get("id").asString();
        created.add("/api/v1/channels/" + id);
        assertThat(system.gateway().post(bob, "/api/v1/channels/" + id + "/test", "").status()).isLessThan(300);

        Awaitility.await("the test alert on bob's slack").atMost(ARRIVES).until(
                () -> system.stack().webhooks().requests().stream().anyMatch(r -> r.path().equals(secretPath)));
        assertThat(system.gateway().get(bob, "/api/v1/channels").body()).doesNotContain(secretPath);
        assertThat(recordsOf(Topics.CHANNELS.name(), id)).isNotEmpty().allSatisfy(value ->
                assertThat(value).doesNotContain(secretPath).containsPattern("\"sealedUrl\":\\s*\"vigil-sealed:v1:"));
    }

    /** The values of every record with this key, read as a downstream team would: raw bytes, committed only. */
    private static List<String> recordsOf(String topic, String key) {
        var properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, system.stack().kafka().bootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-secrets-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<String> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(ARRIVES);
            while (values.isEmpty() && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    if (key.equals(new String(record.key(), StandardCharsets.UTF_8)) && record.value() != null) {
                        values.add(new String(record.value(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return values;
    }
}

package dev.vigil.probe.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.contracts.topic.DeadLetterHeaders;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.probe.support.TestProbeProperties;
import dev.vigil.testkit.kafka.KafkaBroker;
import dev.vigil.testkit.kafka.WithKafka;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.UUIDDeserializer;
import org.apache.kafka.common.serialization.UUIDSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A probe request the probe cannot read is logged and dead-lettered with the reason, and the reason names its target;
 * the target's userinfo and query string (a password, an API key) must reach neither the log nor the letter.
 */
@WithKafka
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(properties = {
    "vigil.probe.egress.allowed-cidrs=127.0.0.0/8",
    "vigil.probe.intake.group-id=probe-sealed-header-it",
    "vigil.probe.check-secret-key=" + TestProbeProperties.CHECK_KEY
})
class UnreadableTargetLoggingIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final KafkaBroker broker = KafkaBroker.shared();

    @BeforeAll
    static void topic() {
        broker.createTopics(List.of(new NewTopic(Topics.PROBE_REQUESTS.name(), Topics.PROBE_REQUESTS.partitions(),
                (short) 1)));
    }

    @Test
    void aRequestWithAnUnusableTargetIsLoggedAndDeadLetteredWithoutItsCredentials(CapturedOutput output) {
        UUID key = UUID.randomUUID();
        byte[] request = """
                {"monitorId": "%s", "tenant": "t", "monitorVersion": 1, "region": "local",
                 "scheduledAt": "2026-01-01T00:00:00Z", "deadline": "2099-01-01T00:00:00Z",
                 "check": {"kind": "http", "target": "ftp://alice:pa55w0rd@files.example.test/x?api_key=k3y",
                           "timeoutMs": 1000, "http": {"method": "get", "followRedirects": true,
                           "maxBodyBytes": 1024}}}
                """.formatted(key).getBytes(StandardCharsets.UTF_8);

        broker.send(Topics.PROBE_REQUESTS.name(), new UUIDSerializer(), new ByteArraySerializer(), key, request);

        ConsumerRecord<UUID, byte[]> letter = deadLetterOf(key);
        String reason = new String(letter.headers().lastHeader(DeadLetterHeaders.EXCEPTION_MESSAGE).value(),
                StandardCharsets.UTF_8);
        assertThat(reason).contains("files.example.test").doesNotContain("pa55w0rd", "k3y");
        await().atMost(WAIT).until(() -> output.getOut().contains("probe request dead-lettered"));
        assertThat(output.getOut()).contains("files.example.test").doesNotContain("pa55w0rd", "k3y");
    }

    /** The letter of this test's request; the topic is shared with other tests, so others' letters are skipped. */
    private static ConsumerRecord<UUID, byte[]> deadLetterOf(UUID key) {
        List<ConsumerRecord<UUID, byte[]>> mine = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(broker.consumerProperties("dlt-" + UUID.randomUUID()),
                new UUIDDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.PROBE_REQUESTS.deadLetter().name()));
            await().atMost(WAIT).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (key.equals(record.key())) {
                        mine.add(record);
                    }
                });
                return !mine.isEmpty();
            });
        }
        return mine.getFirst();
    }
}

package dev.vigil.probe.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.contracts.monitor.AssertionOperator;
import dev.vigil.contracts.monitor.JsonAssertion;
import dev.vigil.contracts.probe.ProbeRequest;
import dev.vigil.contracts.topic.DeadLetterHeaders;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.probe.support.Checks;
import dev.vigil.probe.support.LocalHttpServer;
import dev.vigil.testkit.kafka.KafkaCluster;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.UUIDDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A result Kafka will never take, here one larger than the brokers accept because the target answered a huge value
 * at an asserted JSON path, is set aside on the results' dead-letter topic and the request's partition moves on.
 */
@SpringBootTest(properties = {
    "vigil.probe.egress.allowed-cidrs=127.0.0.1/32",
    "vigil.probe.intake.group-id=" + RefusedResultIntegrationTest.GROUP
})
class RefusedResultIntegrationTest {

    static final String GROUP = "refused-result-it";
    private static final Duration WAIT = Duration.ofSeconds(90);
    /** Ordinary results are well under a kilobyte; the huge answer below is four times this. */
    private static final int BROKER_MAX_MESSAGE_BYTES = 64 * 1024;
    private static final String HUGE_VALUE = IntStream.range(0, BROKER_MAX_MESSAGE_BYTES / 4)
            .mapToObj(Integer::toHexString).collect(Collectors.joining("-"));

    private static KafkaCluster kafka;
    private static LocalHttpServer target;

    @Autowired
    private MeterRegistry meters;

    @DynamicPropertySource
    static void kafkaAndTarget(DynamicPropertyRegistry registry) {
        kafka = KafkaCluster.start(1, Map.of("message.max.bytes", Integer.toString(BROKER_MAX_MESSAGE_BYTES)));
        kafka.createTopics(Topics.PROBE_REQUESTS);
        target = LocalHttpServer.http()
                .answer("/huge", 200, "application/json", "{\"status\": \"" + HUGE_VALUE + "\"}")
                .answer("/ok", 200, "application/json", "{\"status\": \"ok\"}");
        registry.add("spring.kafka.bootstrap-servers", kafka::bootstrapServers);
    }

    @AfterAll
    static void stopKafkaAndTarget() {
        target.close();
        kafka.close();
    }

    @Test
    void aResultTooLargeForKafkaIsDeadLetteredWithItsReasonAndTheNextResultOfThePartitionFollows() throws Exception {
        UUID monitor = UUID.randomUUID();
        RecordMetadata huge = send(request(monitor, "/huge"));
        RecordMetadata next = send(request(monitor, "/ok"));

        ConsumerRecord<UUID, byte[]> letter = kafka.consume(Topics.PROBE_RESULTS.deadLetter().name(),
                new UUIDDeserializer(), new ByteArrayDeserializer(), 1, WAIT).getFirst();
        assertThat(letter.key()).isEqualTo(monitor);
        assertThat(letter.value()).as("too large for the dead-letter topic as well, so set aside without it").isNull();
        assertThat(header(letter.headers(), DeadLetterHeaders.REASON)).isEqualTo("processing");
        assertThat(header(letter.headers(), DeadLetterHeaders.EXCEPTION_CLASS))
                .isEqualTo(RecordTooLargeException.class.getName());
        assertThat(header(letter.headers(), DeadLetterHeaders.ORIGINAL_TOPIC)).isEqualTo(huge.topic());
        assertThat(header(letter.headers(), DeadLetterHeaders.ORIGINAL_OFFSET)).isEqualTo(
                Long.toString(huge.offset()));

        assertThat(kafka.consume(Topics.PROBE_RESULTS, 1, WAIT)).singleElement()
                .satisfies(result -> assertThat(result.value().up()).isTrue());
        var partition = new TopicPartition(huge.topic(), huge.partition());
        await().atMost(WAIT).until(() -> committed(partition) == next.offset() + 1);
        assertThat(meters.get(ProbeMetrics.RESULTS_DEAD_LETTERED).counter().count()).isEqualTo(1);
    }

    private static ProbeRequest request(UUID monitor, String path) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return new ProbeRequest(monitor, "tenant-a", 1, "local", now, now.plus(Duration.ofMinutes(5)),
                Checks.json(target.url(path), new JsonAssertion("$.status", AssertionOperator.EQUALS, "ok")));
    }

    private static RecordMetadata send(ProbeRequest request) {
        return kafka.send(Topics.PROBE_REQUESTS, request.monitorId(), request);
    }

    private static String header(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static long committed(TopicPartition partition) throws Exception {
        try (Admin admin = kafka.admin()) {
            OffsetAndMetadata offset = admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get()
                    .get(partition);
            return offset == null ? -1 : offset.offset();
        }
    }
}

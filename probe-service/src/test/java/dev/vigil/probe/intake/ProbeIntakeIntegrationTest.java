package dev.vigil.probe.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.contracts.monitor.CheckSpec;
import dev.vigil.contracts.probe.ProbeRequest;
import dev.vigil.contracts.probe.ProbeResult;
import dev.vigil.contracts.topic.DeadLetterHeaders;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.probe.support.Checks;
import dev.vigil.probe.support.LocalHttpServer;
import dev.vigil.testkit.kafka.KafkaBroker;
import dev.vigil.testkit.kafka.WithKafka;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.UUIDDeserializer;
import org.apache.kafka.common.serialization.UUIDSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@WithKafka
@SpringBootTest(properties = {
    "vigil.probe.egress.allowed-cidrs=127.0.0.0/8",
    "vigil.probe.instance-id=prober-it",
    "vigil.probe.intake.group-id=" + ProbeIntakeIntegrationTest.GROUP
})
class ProbeIntakeIntegrationTest {

    static final String GROUP = "probe-intake-it";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final KafkaBroker broker = KafkaBroker.shared();
    private static LocalHttpServer target;

    @Autowired
    private MeterRegistry meters;

    @Autowired
    private IntakeLoop intake;

    private KafkaConsumer<UUID, ProbeResult> results;
    private final List<ProbeResult> received = new ArrayList<>();

    @BeforeAll
    static void startTargetAndTopic() {
        broker.createTopics(List.of(new NewTopic(Topics.PROBE_REQUESTS.name(), Topics.PROBE_REQUESTS.partitions(),
                (short) 1)));
        target = LocalHttpServer.http()
                .answer("/ok", 200, "text/plain", "up")
                .slow("/slow", Duration.ofSeconds(3));
    }

    @AfterAll
    static void stopTarget() {
        target.close();
    }

    @BeforeEach
    void readResults() {
        results = new KafkaConsumer<>(broker.consumerProperties("results-" + UUID.randomUUID()),
                Topics.PROBE_RESULTS.keySerde().deserializer(), Topics.PROBE_RESULTS.valueSerde().deserializer());
        results.subscribe(List.of(Topics.PROBE_RESULTS.name()));
    }

    @AfterEach
    void closeResults() {
        results.close();
    }

    @Test
    void a_probe_request_in_gives_a_result_out_with_timings_region_and_prober() {
        ProbeRequest request = request(UUID.randomUUID(), Checks.http(target.url("/ok")));

        send(request);

        ProbeResult result = awaitResults(request.monitorId(), 1).getFirst();
        assertThat(result.up()).isTrue();
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.scheduledAt()).isEqualTo(request.scheduledAt());
        assertThat(result.monitorVersion()).isEqualTo(request.monitorVersion());
        assertThat(result.tenant()).isEqualTo(request.tenant());
        assertThat(result.region()).isEqualTo("local");
        assertThat(result.prober()).isEqualTo("prober-it");
        assertThat(result.timings().connectMs()).isNotNull();
        assertThat(result.timings().ttfbMs()).isNotNull();
        assertThat(result.timings().totalMs()).isPositive();
    }

    @Test
    void a_request_past_its_deadline_is_dropped_and_counted_without_a_result() {
        double droppedBefore = droppedPastDeadline();
        Instant past = Instant.now().minus(Duration.ofMinutes(2));
        var late = new ProbeRequest(UUID.randomUUID(), "tenant-a", 1, "local", past, past.plusSeconds(60),
                Checks.http(target.url("/ok")));
        ProbeRequest onTime = request(UUID.randomUUID(), Checks.http(target.url("/ok")));

        send(late);
        send(onTime);

        await().atMost(WAIT).until(() -> droppedPastDeadline() > droppedBefore);
        awaitResults(onTime.monitorId(), 1);
        assertThat(received).noneMatch(result -> result.monitorId().equals(late.monitorId()));
    }

    @Test
    void the_commit_waits_for_a_slow_probe_even_when_later_results_are_acknowledged() throws Exception {
        UUID monitor = UUID.randomUUID();
        ProbeRequest slow = request(monitor, Checks.http(target.url("/slow"), 10_000));
        ProbeRequest fast = request(monitor, Checks.http(target.url("/ok")));

        RecordMetadata slowRecord = send(slow);
        RecordMetadata fastRecord = send(fast);
        var partition = new TopicPartition(slowRecord.topic(), slowRecord.partition());

        awaitResults(monitor, 1);
        assertThat(received).filteredOn(result -> result.monitorId().equals(monitor))
                .extracting(ProbeResult::scheduledAt).containsExactly(fast.scheduledAt());
        assertThat(committed(partition)).isLessThanOrEqualTo(slowRecord.offset());

        awaitResults(monitor, 2);
        await().atMost(WAIT).until(() -> committed(partition) == fastRecord.offset() + 1);
    }

    @Test
    void after_a_restart_acknowledged_requests_are_not_probed_again() {
        ProbeRequest before = request(UUID.randomUUID(), Checks.http(target.url("/ok")));
        RecordMetadata record = send(before);
        awaitResults(before.monitorId(), 1);
        var partition = new TopicPartition(record.topic(), record.partition());
        await().atMost(WAIT).until(() -> committed(partition) > record.offset());

        intake.stop();
        intake.start();
        ProbeRequest after = request(UUID.randomUUID(), Checks.http(target.url("/ok")));
        send(after);

        awaitResults(after.monitorId(), 1);
        assertThat(received).filteredOn(result -> result.monitorId().equals(before.monitorId())).hasSize(1);
    }

    @Test
    void an_unreadable_request_goes_to_the_dead_letter_topic_with_its_reason_and_is_counted() {
        double before = meters.get(ProbeMetrics.DEAD_LETTERED).counter().count();
        byte[] garbage = "{\"monitorId\": 42}".getBytes(StandardCharsets.UTF_8);
        UUID key = UUID.randomUUID();

        RecordMetadata sent = broker.send(Topics.PROBE_REQUESTS.name(), new UUIDSerializer(),
                new ByteArraySerializer(), key, garbage);

        var deadLetters = broker.consume(Topics.PROBE_REQUESTS.deadLetter().name(), new UUIDDeserializer(),
                new ByteArrayDeserializer(), 1, WAIT);
        var letter = deadLetters.stream().filter(record -> key.equals(record.key())).findFirst().orElseThrow();
        assertThat(letter.value()).isEqualTo(garbage);
        assertThat(letter.partition()).isEqualTo(sent.partition());
        assertThat(header(letter.headers(), DeadLetterHeaders.REASON)).isEqualTo("deserialization");
        assertThat(header(letter.headers(), DeadLetterHeaders.ORIGINAL_OFFSET)).isEqualTo(
                Long.toString(sent.offset()));
        await().atMost(WAIT).until(() -> meters.get(ProbeMetrics.DEAD_LETTERED).counter().count() > before);
    }

    @Test
    void a_request_for_another_region_is_left_to_that_regions_probers() {
        double before = meters.get(ProbeMetrics.DROPPED).tag("reason", "other_region").counter().count();
        Instant now = Instant.now();
        var elsewhere = new ProbeRequest(UUID.randomUUID(), "tenant-a", 1, "eu-west", now, now.plusSeconds(60),
                Checks.http(target.url("/ok")));
        ProbeRequest here = request(UUID.randomUUID(), Checks.http(target.url("/ok")));

        send(elsewhere);
        send(here);

        await().atMost(WAIT).until(
                () -> meters.get(ProbeMetrics.DROPPED).tag("reason", "other_region").counter().count() > before);
        awaitResults(here.monitorId(), 1);
        assertThat(received).noneMatch(result -> result.monitorId().equals(elsewhere.monitorId()));
    }

    private static String header(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static ProbeRequest request(UUID monitorId, CheckSpec check) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return new ProbeRequest(monitorId, "tenant-a", 7, "local", now, now.plus(Duration.ofMinutes(1)), check);
    }

    private static RecordMetadata send(ProbeRequest request) {
        return broker.send(Topics.PROBE_REQUESTS.name(), Topics.PROBE_REQUESTS.keySerde().serializer(),
                Topics.PROBE_REQUESTS.valueSerde().serializer(), request.monitorId(), request);
    }

    private List<ProbeResult> awaitResults(UUID monitorId, int count) {
        await().atMost(WAIT).until(() -> {
            results.poll(Duration.ofMillis(200)).forEach(record -> received.add(record.value()));
            return received.stream().filter(result -> result.monitorId().equals(monitorId)).count() >= count;
        });
        return received.stream().filter(result -> result.monitorId().equals(monitorId)).toList();
    }

    private double droppedPastDeadline() {
        return meters.get(ProbeMetrics.DROPPED).tag("reason", "past_deadline").counter().count();
    }

    private static long committed(TopicPartition partition) throws Exception {
        var settings = Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        try (Admin admin = Admin.create(settings)) {
            OffsetAndMetadata offset = admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get()
                    .get(partition);
            return offset == null ? -1 : offset.offset();
        }
    }
}

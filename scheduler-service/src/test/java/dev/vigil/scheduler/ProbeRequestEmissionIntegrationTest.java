package dev.vigil.scheduler;

import static dev.vigil.scheduler.TestMonitors.monitor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.contracts.probe.ProbeRequest;
import dev.vigil.testkit.kafka.KafkaBroker;
import dev.vigil.testkit.kafka.WithKafka;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

@WithKafka
@SpringBootTest(properties = {
        "vigil.scheduler.regions=eu-west,us-east",
        "spring.kafka.consumer.group-id=scheduler-emission-test"})
@DirtiesContext
class ProbeRequestEmissionIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration QUIET = Duration.ofSeconds(4);
    private static final int ONE_SECOND = 1;

    private final KafkaBroker broker = KafkaBroker.shared();
    private final ProbeRequestRecorder recorder = new ProbeRequestRecorder(broker);

    @BeforeAll
    static void createTopics() {
        SchedulerTopics.create(KafkaBroker.shared());
    }

    @AfterEach
    void closeRecorder() {
        recorder.close();
    }

    @Test
    void monitorRecordBecomesOneRequestPerConfiguredRegionKeyedByMonitorId() {
        UUID id = UUID.randomUUID();
        MonitorSnapshot snapshot = monitor(id, ONE_SECOND, List.of(), true, 7);

        SchedulerTopics.publish(broker, id, snapshot);

        await().atMost(WAIT).untilAsserted(() -> assertThat(recorder.records(id::equals)).hasSizeGreaterThanOrEqualTo(2));
        List<ConsumerRecord<UUID, ProbeRequest>> records = recorder.records(id::equals);
        Instant firstTick = records.getFirst().value().scheduledAt();
        List<ProbeRequest> tick = records.stream().map(ConsumerRecord::value)
                .filter(request -> request.scheduledAt().equals(firstTick)).toList();
        assertThat(records).allSatisfy(record -> assertThat(record.key()).isEqualTo(id));
        assertThat(tick).extracting(ProbeRequest::region).containsExactlyInAnyOrder("eu-west", "us-east");
        assertThat(tick).allSatisfy(request -> {
            assertThat(request.tenant()).isEqualTo(snapshot.tenant());
            assertThat(request.monitorVersion()).isEqualTo(7);
            assertThat(request.check()).isEqualTo(snapshot.check());
            assertThat(request.deadline()).isEqualTo(request.scheduledAt().plusSeconds(ONE_SECOND));
        });
    }

    @Test
    void requestsFollowTheMonitorsGridOneIntervalApart() {
        UUID id = UUID.randomUUID();
        int interval = 2;

        SchedulerTopics.publish(broker, id, monitor(id, interval, List.of("eu-west"), true, 1));

        long intervalMillis = interval * 1000L;
        await().atMost(WAIT).untilAsserted(() -> {
            List<Long> ticks = recorder.requests(id::equals).stream()
                    .map(request -> request.scheduledAt().toEpochMilli()).toList();
            assertThat(ticks).hasSizeGreaterThanOrEqualTo(3)
                    .allSatisfy(tick -> assertThat(tick % intervalMillis).isEqualTo(ticks.getFirst() % intervalMillis));
            List<Long> lastThree = ticks.subList(ticks.size() - 3, ticks.size());
            assertThat(lastThree).containsExactly(lastThree.getFirst(), lastThree.getFirst() + intervalMillis,
                    lastThree.getFirst() + 2 * intervalMillis);
        });
    }

    @Test
    void pausedMonitorStopsReceivingRequests() {
        UUID id = UUID.randomUUID();
        SchedulerTopics.publish(broker, id, monitor(id, ONE_SECOND, List.of("eu-west"), true, 1));
        await().atMost(WAIT).untilAsserted(() -> assertThat(recorder.requests(id::equals)).isNotEmpty());

        SchedulerTopics.publish(broker, id, monitor(id, ONE_SECOND, List.of("eu-west"), false, 2));
        Instant paused = Instant.now();

        assertNoRequestScheduledLaterThan(id, paused.plusSeconds(ONE_SECOND));
    }

    @Test
    void deletedMonitorStopsReceivingRequests() {
        UUID id = UUID.randomUUID();
        SchedulerTopics.publish(broker, id, monitor(id, ONE_SECOND, List.of("eu-west"), true, 1));
        await().atMost(WAIT).untilAsserted(() -> assertThat(recorder.requests(id::equals)).isNotEmpty());

        SchedulerTopics.publish(broker, id, null);
        Instant deleted = Instant.now();

        assertNoRequestScheduledLaterThan(id, deleted.plusSeconds(ONE_SECOND));
    }

    @Test
    void lateCopyOfTheEnabledVersionDoesNotResumeAPausedMonitor() {
        UUID id = UUID.randomUUID();
        MonitorSnapshot enabled = monitor(id, ONE_SECOND, List.of("eu-west"), true, 1);
        SchedulerTopics.publish(broker, id, enabled);
        await().atMost(WAIT).untilAsserted(() -> assertThat(recorder.requests(id::equals)).isNotEmpty());
        SchedulerTopics.publish(broker, id, monitor(id, ONE_SECOND, List.of("eu-west"), false, 2));
        Instant paused = Instant.now();

        // The outbox event of version 1 published again, as a hand-written outbox row would.
        SchedulerTopics.publish(broker, id, enabled);

        assertNoRequestScheduledLaterThan(id, paused.plusSeconds(ONE_SECOND));
    }

    private void assertNoRequestScheduledLaterThan(UUID id, Instant limit) {
        await().during(QUIET).atMost(QUIET.plus(WAIT)).untilAsserted(() -> assertThat(recorder.requests(id::equals))
                .allSatisfy(request -> assertThat(request.scheduledAt()).isBeforeOrEqualTo(limit)));
    }
}

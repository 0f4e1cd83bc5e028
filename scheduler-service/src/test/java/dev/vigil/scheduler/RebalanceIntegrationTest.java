package dev.vigil.scheduler;

import static dev.vigil.scheduler.TestMonitors.monitor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.contracts.probe.ProbeRequest;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.testkit.kafka.KafkaBroker;
import dev.vigil.testkit.kafka.WithKafka;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two scheduler instances in one consumer group, each a whole application: while both run they split the monitors,
 * and when one leaves the other takes over its monitors on the same grid.
 */
@WithKafka
class RebalanceIntegrationTest {

    private static final int MONITORS = 240;
    private static final int INTERVAL_SECONDS = 1;
    private static final long INTERVAL_MILLIS = INTERVAL_SECONDS * 1000L;
    private static final int WINDOW_TICKS = 5;
    private static final Duration WAIT = Duration.ofSeconds(90);
    /**
     * A member that closes cleanly leaves the group at once, so the survivor owns and has loaded every monitor within
     * a few 200 ms heartbeats and a read of the monitor topic. Far below the 45 s session timeout that a survivor
     * waiting out a departed member would show, and wide enough for a loaded 2-core machine.
     */
    private static final Duration HANDOVER_BOUND = Duration.ofSeconds(15);

    private final KafkaBroker broker = KafkaBroker.shared();
    private final String group = "scheduler-rebalance-" + UUID.randomUUID();
    private final List<UUID> ids = IntStream.range(0, MONITORS).mapToObj(i -> UUID.randomUUID()).toList();
    private final Set<UUID> idSet = Set.copyOf(ids);

    @Test
    void instancesSplitTheMonitorsAndTheSurvivorContinuesOnTheSameGrid() {
        SchedulerTopics.create(broker);
        publishMonitors();
        try (var recorder = new ProbeRequestRecorder(broker); var first = startInstance()) {
            await().atMost(WAIT).until(() -> partitionsOwned(first) == Topics.MONITORS.partitions());

            try (var second = startInstance()) {
                await().atMost(WAIT).until(() -> partitionsOwned(second) > 0
                        && partitionsOwned(first) + partitionsOwned(second) == Topics.MONITORS.partitions());
                assertThat(monitorsOwned(first)).isPositive();
                assertThat(monitorsOwned(second)).isPositive();

                assertEveryMonitorFiresOnceOnEveryInstantOfTheNextWindow(recorder);
            }
            await().atMost(WAIT).until(() -> partitionsOwned(first) == Topics.MONITORS.partitions());

            assertEveryMonitorFiresOnceOnEveryInstantOfTheNextWindow(recorder);

            List<ProbeRequest> all = recorder.requests(idSet::contains);
            assertThat(all).extracting(request -> request.monitorId() + "@" + request.scheduledAt())
                    .as("no instant of any monitor scheduled twice").doesNotHaveDuplicates();
            assertThat(phasesByMonitor(all)).as("one grid per monitor across the handover")
                    .allSatisfy((id, phases) -> assertThat(phases).hasSize(1));
            long boundTicks = HANDOVER_BOUND.toMillis() / INTERVAL_MILLIS;
            assertThat(longestRunOfMissedInstants(all)).as("instants missed in a row, per monitor, across the handover")
                    .hasSize(MONITORS).allSatisfy((id, missed) -> assertThat(missed).isLessThanOrEqualTo(boundTicks));
        }
    }

    /** Waits for a whole window of instants starting after now, then checks each monitor fired exactly on each. */
    private void assertEveryMonitorFiresOnceOnEveryInstantOfTheNextWindow(ProbeRequestRecorder recorder) {
        long windowStart = (System.currentTimeMillis() / INTERVAL_MILLIS + 2) * INTERVAL_MILLIS;
        long windowEnd = windowStart + WINDOW_TICKS * INTERVAL_MILLIS;
        await().atMost(WAIT).untilAsserted(() -> assertThat(recorder.requests(idSet::contains).stream()
                .filter(request -> request.scheduledAt().toEpochMilli() >= windowEnd)
                .map(ProbeRequest::monitorId).distinct().count())
                .as("monitors with a request after the window").isEqualTo(MONITORS));

        Map<UUID, List<Long>> ticks = recorder.requests(idSet::contains).stream()
                .filter(request -> inWindow(request, windowStart, windowEnd))
                .collect(Collectors.groupingBy(ProbeRequest::monitorId,
                        Collectors.mapping(request -> request.scheduledAt().toEpochMilli(), Collectors.toList())));
        assertThat(ticks).hasSize(MONITORS);
        assertThat(ticks).allSatisfy((id, instants) -> assertThat(instants).doesNotHaveDuplicates().hasSize(WINDOW_TICKS));
    }

    private static boolean inWindow(ProbeRequest request, long start, long end) {
        long at = request.scheduledAt().toEpochMilli();
        return at >= start && at < end;
    }

    private static Map<UUID, Set<Long>> phasesByMonitor(List<ProbeRequest> requests) {
        return requests.stream().collect(Collectors.groupingBy(ProbeRequest::monitorId,
                Collectors.mapping(request -> request.scheduledAt().toEpochMilli() % INTERVAL_MILLIS, Collectors.toSet())));
    }

    /** Per monitor, the most grid instants in a row with no request between two requests that did fire. */
    private static Map<UUID, Long> longestRunOfMissedInstants(List<ProbeRequest> requests) {
        return requests.stream().collect(Collectors.groupingBy(ProbeRequest::monitorId, Collectors.collectingAndThen(
                Collectors.mapping(request -> request.scheduledAt().toEpochMilli(), Collectors.toCollection(TreeSet::new)),
                instants -> {
                    long longest = 0;
                    Long previous = null;
                    for (long instant : instants) {
                        if (previous != null) {
                            longest = Math.max(longest, (instant - previous) / INTERVAL_MILLIS - 1);
                        }
                        previous = instant;
                    }
                    return longest;
                })));
    }

    private void publishMonitors() {
        try (var producer = new KafkaProducer<>(broker.producerProperties(), Topics.MONITORS.keySerde().serializer(),
                Topics.MONITORS.valueSerde().serializer())) {
            ids.forEach(id -> producer.send(new ProducerRecord<>(Topics.MONITORS.name(), id,
                    monitor(id, INTERVAL_SECONDS))));
        }
    }

    private ConfigurableApplicationContext startInstance() {
        // Arguments, not builder properties: those are defaults, which application.yml would override.
        return new SpringApplicationBuilder(SchedulerApplication.class).run(
                "--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                "--spring.kafka.consumer.group-id=" + group,
                // Members notice a rebalance at their next heartbeat; a short one keeps handovers brief.
                "--spring.kafka.consumer.heartbeat-interval=200ms",
                "--server.port=0");
    }

    private static double partitionsOwned(ConfigurableApplicationContext instance) {
        return gauge(instance, "vigil.scheduler.partitions.owned");
    }

    private static double monitorsOwned(ConfigurableApplicationContext instance) {
        return gauge(instance, "vigil.scheduler.monitors.owned");
    }

    private static double gauge(ConfigurableApplicationContext instance, String name) {
        return instance.getBean(MeterRegistry.class).get(name).gauge().value();
    }
}

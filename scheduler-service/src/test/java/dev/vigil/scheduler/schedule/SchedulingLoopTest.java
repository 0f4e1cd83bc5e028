package dev.vigil.scheduler.schedule;

import static dev.vigil.scheduler.TestMonitors.planned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.contracts.probe.ProbeRequest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SchedulingLoopTest {

    private static final int PARTITION = 0;
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final List<ProbeRequest> sent = new CopyOnWriteArrayList<>();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final SchedulingLoop loop = new SchedulingLoop(new Schedule(),
            new ProbeRequests(Duration.ofMinutes(5)), sent::add, new ScheduleMetrics(registry), Clock.systemUTC(),
            Duration.ofMillis(10));

    @AfterEach
    void stopLoop() {
        loop.stop();
    }

    @Test
    void loadedMonitorIsSentOnItsGridInstants() {
        UUID id = UUID.randomUUID();
        loop.start();

        loop.submit(new ScheduleChange.PartitionLoaded(PARTITION, List.of(planned(id, 1)), Set.of()));

        await().atMost(WAIT).until(() -> sent.size() >= 2);
        long phase = Grid.phase(id, 1000);
        assertThat(sent).allSatisfy(request -> assertThat(request.scheduledAt().toEpochMilli() % 1000).isEqualTo(phase));
    }

    @Test
    void publishesMonitorsOwnedAndLateness() {
        loop.start();

        loop.submit(new ScheduleChange.PartitionLoaded(PARTITION, List.of(planned(UUID.randomUUID(), 1)), Set.of()));

        await().atMost(WAIT).until(() -> registry.get("vigil.scheduler.lateness").timer().count() > 0);
        assertThat(registry.get("vigil.scheduler.monitors.owned").gauge().value()).isEqualTo(1);
        assertThat(registry.get("vigil.scheduler.partitions.owned").gauge().value()).isEqualTo(1);
    }

    @Test
    void revocationCompletesOnceTheMonitorsAreForgotten() {
        loop.start();
        loop.submit(new ScheduleChange.PartitionLoaded(PARTITION, List.of(planned(UUID.randomUUID(), 1)), Set.of()));
        var forgotten = new CompletableFuture<Void>();

        loop.submit(new ScheduleChange.PartitionsRevoked(Set.of(PARTITION), forgotten));

        await().atMost(WAIT).until(forgotten::isDone);
        assertThat(registry.get("vigil.scheduler.monitors.owned").gauge().value()).isZero();
    }

    @Test
    void revocationIsReleasedAtOnceWhenTheLoopIsNotRunning() {
        var forgotten = new CompletableFuture<Void>();

        loop.submit(new ScheduleChange.PartitionsRevoked(Set.of(PARTITION), forgotten));

        assertThat(forgotten).isDone();
    }
}

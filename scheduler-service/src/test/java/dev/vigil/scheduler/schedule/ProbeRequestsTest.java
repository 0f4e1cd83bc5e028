package dev.vigil.scheduler.schedule;

import static dev.vigil.scheduler.TestMonitors.monitor;
import static dev.vigil.scheduler.TestMonitors.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.vigil.contracts.json.ContractDeserializer;
import dev.vigil.contracts.monitor.CheckSpec;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.contracts.probe.ProbeRequest;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.scheduler.TestChecks;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProbeRequestsTest {

    private static final List<String> ALL_REGIONS = List.of("eu-west", "us-east", "ap-south");
    private static final String TOPIC = Topics.MONITORS.name();
    /** What the feed reads of a monitor record. */
    private static final ContractDeserializer<SnapshotView> FEED = new ContractDeserializer<>(SnapshotView.class);
    private static final long SCHEDULED_AT = Instant.parse("2026-03-14T09:27:00Z").toEpochMilli();

    private final MonitorPlans plans = new MonitorPlans(ALL_REGIONS);
    private final ProbeRequests requests = new ProbeRequests(Duration.ofMinutes(5));

    @Test
    void deadlineIsOneIntervalAfterScheduledAt() {
        ProbeRequest request = requests.forTick(plan(monitor(UUID.randomUUID(), 60)), SCHEDULED_AT).getFirst();

        assertThat(Duration.between(request.scheduledAt(), request.deadline())).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void deadlineOfALongIntervalIsCappedAtTheMaximum() {
        ProbeRequest request = requests.forTick(plan(monitor(UUID.randomUUID(), 3600)), SCHEDULED_AT).getFirst();

        assertThat(Duration.between(request.scheduledAt(), request.deadline())).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void monitorWithoutRegionsIsProbedOnceInEveryConfiguredRegion() {
        List<ProbeRequest> tick = requests.forTick(plan(monitor(UUID.randomUUID(), 60)), SCHEDULED_AT);

        assertThat(tick).extracting(ProbeRequest::region).containsExactlyElementsOf(ALL_REGIONS);
    }

    @Test
    void monitorWithRegionsIsProbedOnceInEachOfThem() {
        var snapshot = monitor(UUID.randomUUID(), 60, List.of("us-east", "eu-west"), true, 1);

        assertThat(requests.forTick(plan(snapshot), SCHEDULED_AT))
                .extracting(ProbeRequest::region).containsExactly("us-east", "eu-west");
    }

    @Test
    void requestCarriesTheMonitorsIdTenantVersionCheckAndScheduledInstant() {
        UUID id = UUID.randomUUID();
        var snapshot = monitor(id, 60, List.of("eu-west"), true, 42);

        ProbeRequest request = requests.forTick(plan(snapshot), SCHEDULED_AT).getFirst();

        assertThat(request.monitorId()).isEqualTo(id);
        assertThat(request.tenant()).isEqualTo(snapshot.tenant());
        assertThat(request.monitorVersion()).isEqualTo(42);
        assertThat(request.check()).isEqualTo(snapshot.check());
        assertThat(request.scheduledAt()).isEqualTo(Instant.ofEpochMilli(SCHEDULED_AT));
    }

    /**
     * Today's bytes: before plans held templates, a request carried the check of the whole snapshot as read from the
     * topic; now the feed reads only a view of it and the plan holds a template.
     */
    @ParameterizedTest
    @MethodSource("checksOfEveryKind")
    void requestIsWrittenToTheSameBytesAsOneCarryingTheSnapshotsOwnCheck(CheckSpec check) {
        byte[] published = json(monitor(UUID.randomUUID(), check, 60, List.of("eu-west"), true, 7));
        MonitorSnapshot snapshot = Topics.MONITORS.valueSerde().deserializer().deserialize(TOPIC, published);

        ProbeRequest request = requests.forTick(plans.planFor(FEED.deserialize(TOPIC, published)), SCHEDULED_AT)
                .getFirst();

        var asBefore = new ProbeRequest(snapshot.id(), snapshot.tenant(), snapshot.version(), "eu-west",
                request.scheduledAt(), request.deadline(), snapshot.check());
        assertThat(bytes(request)).isEqualTo(bytes(asBefore));
    }

    @Test
    void rejectsAMaximumDeadlineThatIsNotPositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ProbeRequests(Duration.ZERO));
    }

    private MonitorPlan plan(MonitorSnapshot snapshot) {
        return plans.planFor(view(snapshot));
    }

    static List<CheckSpec> checksOfEveryKind() {
        return TestChecks.everyKind("shop");
    }

    private static byte[] json(MonitorSnapshot snapshot) {
        return Topics.MONITORS.valueSerde().serializer().serialize(TOPIC, snapshot);
    }

    private static byte[] bytes(ProbeRequest request) {
        return Topics.PROBE_REQUESTS.valueSerde().serializer().serialize(Topics.PROBE_REQUESTS.name(), request);
    }
}

package dev.vigil.scheduler.schedule;

import static dev.vigil.scheduler.TestMonitors.monitor;
import static dev.vigil.scheduler.TestMonitors.view;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.json.ContractDeserializer;
import dev.vigil.contracts.monitor.CheckSpec;
import dev.vigil.contracts.monitor.HttpCheck;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.scheduler.TestChecks;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MonitorPlansTest {

    private final MonitorPlans plans = new MonitorPlans(List.of("eu-west", "us-east"));

    @ParameterizedTest
    @MethodSource("checksOfEveryKind")
    void planGivesBackACheckEqualToTheSnapshots(CheckSpec check) {
        SnapshotView snapshot = fromTopic(monitor(UUID.randomUUID(), check, 60, List.of(), true, 1));

        assertThat(plans.planFor(snapshot).check()).isEqualTo(snapshot.check());
    }

    @Test
    void planKeepsTheMonitorsIdTenantVersionAndInterval() {
        UUID id = UUID.randomUUID();
        SnapshotView snapshot = fromTopic(monitor(id, TestChecks.http("a"), 300, List.of(), true, 9));

        MonitorPlan plan = plans.planFor(snapshot);

        assertThat(plan.monitorId()).isEqualTo(id);
        assertThat(plan.tenant()).isEqualTo(snapshot.tenant());
        assertThat(plan.version()).isEqualTo(9);
        assertThat(plan.intervalMillis()).isEqualTo(300_000);
    }

    @Test
    void monitorsWithChecksEqualButForTheTargetShareOneTemplate() {
        MonitorPlan first = plans.planFor(fromTopic(monitor(UUID.randomUUID(), TestChecks.http("a"), 60, List.of(),
                true, 1)));
        MonitorPlan second = plans.planFor(fromTopic(monitor(UUID.randomUUID(), TestChecks.http("b"), 60, List.of(),
                true, 1)));

        assertThat(second.template()).isSameAs(first.template());
        assertThat(second.target()).isNotEqualTo(first.target());
    }

    @Test
    void checksOfDifferentKindsShareTheirEqualHttpSettings() {
        HttpCheck http = plans.planFor(fromTopic(monitor(UUID.randomUUID(), TestChecks.http("a"), 60, List.of(),
                true, 1))).template().http();
        HttpCheck keyword = plans.planFor(fromTopic(monitor(UUID.randomUUID(), TestChecks.keyword("b"), 60,
                List.of(), true, 1))).template().http();

        assertThat(keyword).isSameAs(http);
    }

    @Test
    void monitorsShareTheirTenantAndRegions() {
        MonitorPlan first = plans.planFor(fromTopic(monitor(UUID.randomUUID(), 60, List.of("us-east"), true, 1)));
        MonitorPlan second = plans.planFor(fromTopic(monitor(UUID.randomUUID(), 60, List.of("us-east"), true, 1)));

        assertThat(second.tenant()).isSameAs(first.tenant());
        assertThat(second.regions()).isSameAs(first.regions());
    }

    @Test
    void monitorWithoutRegionsIsPlannedForEveryConfiguredRegion() {
        MonitorPlan plan = plans.planFor(view(monitor(UUID.randomUUID(), 60)));

        assertThat(plan.regions()).containsExactly("eu-west", "us-east");
    }

    static List<CheckSpec> checksOfEveryKind() {
        return TestChecks.everyKind("shop");
    }

    /** Read back from its JSON, as the feed reads it: every part is a copy of its own. */
    private static SnapshotView fromTopic(MonitorSnapshot snapshot) {
        byte[] json = Topics.MONITORS.valueSerde().serializer().serialize(Topics.MONITORS.name(), snapshot);
        return new ContractDeserializer<>(SnapshotView.class).deserialize(Topics.MONITORS.name(), json);
    }
}

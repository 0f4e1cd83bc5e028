package dev.vigil.analytics.topology;

import static dev.vigil.analytics.topology.TestResults.down;
import static dev.vigil.analytics.topology.TestResults.up;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.alert.AlertId;
import dev.vigil.contracts.alert.AlertType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IncidentTopologyTest {

  private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

  private final TopologyHarness harness = new TopologyHarness();

  @AfterEach
  void close() {
    harness.close();
  }

  @Test
  void failureStreakIsRaisedAtExactlyTheThresholdAndNotBefore() {
    var monitor = harness.monitor(new TestMonitor());

    harness.result(down(monitor.id, T0));
    harness.result(down(monitor.id, minutes(1)));
    assertThat(harness.alerts(AlertType.FAILURE_STREAK)).isEmpty();

    harness.result(down(monitor.id, minutes(2)));
    List<Alert> streak = harness.alerts(AlertType.FAILURE_STREAK);
    assertThat(streak).hasSize(1);
    assertThat(streak.getFirst().details().streak()).isEqualTo(3);
    assertThat(streak.getFirst().incidentId()).isNotNull();
    assertThat(streak.getFirst().occurredAt()).isEqualTo(minutes(2));
  }

  @Test
  void recoveryClosesTheIncidentWithItsDuration() {
    var monitor = harness.monitor(new TestMonitor());
    failFor(monitor, 0, 3);

    harness.result(up(monitor.id, minutes(5)));

    Alert recovery = harness.alerts(AlertType.RECOVERY).getFirst();
    Alert streak = harness.alerts(AlertType.FAILURE_STREAK).getFirst();
    assertThat(recovery.incidentId()).isEqualTo(streak.incidentId());
    assertThat(recovery.details().downtimeSeconds()).isEqualTo(Duration.ofMinutes(5).toSeconds());
    harness.result(up(monitor.id, minutes(6)));
    assertThat(harness.alerts(AlertType.RECOVERY)).hasSize(1);
  }

  @Test
  void recoveryThresholdAboveOneWaitsForThatManySuccesses() {
    var spec = new TestMonitor();
    spec.recoveryThreshold = 3;
    var monitor = harness.monitor(spec);
    failFor(monitor, 0, 3);

    harness.result(up(monitor.id, minutes(3)));
    harness.result(up(monitor.id, minutes(4)));
    assertThat(harness.alerts(AlertType.RECOVERY)).isEmpty();

    harness.result(up(monitor.id, minutes(5)));
    assertThat(harness.alerts(AlertType.RECOVERY)).hasSize(1);
  }

  @Test
  void sameAlertTypeTwentyNineMinutesLaterIsHeldBackByTheCooldown() {
    var monitor = harness.monitor(new TestMonitor());
    failFor(monitor, 0, 3);
    harness.result(up(monitor.id, minutes(3)));

    failFor(monitor, 29, 3);

    assertThat(harness.alerts(AlertType.FAILURE_STREAK)).hasSize(1);
  }

  @Test
  void sameAlertTypeThirtyOneMinutesLaterIsRaisedAgain() {
    var monitor = harness.monitor(new TestMonitor());
    failFor(monitor, 0, 3);
    harness.result(up(monitor.id, minutes(3)));

    failFor(monitor, 31, 3);

    assertThat(harness.alerts(AlertType.FAILURE_STREAK)).hasSize(2);
  }

  @Test
  void flappingTargetRaisesOneAnnouncementAndOneRecoveryPerCooldown() {
    var spec = new TestMonitor();
    spec.failureThreshold = 1;
    var monitor = harness.monitor(spec);

    for (int minute = 0; minute < 60; minute++) {
      harness.result(minute % 2 == 0 ? down(monitor.id, minutes(minute)) : up(monitor.id, minutes(minute)));
    }

    assertThat(harness.alerts(AlertType.FAILURE_STREAK)).extracting(Alert::occurredAt)
        .containsExactly(minutes(0), minutes(30));
    assertThat(harness.alerts(AlertType.RECOVERY)).extracting(Alert::occurredAt)
        .containsExactly(minutes(1), minutes(31));
  }

  @Test
  void stillDownRemindersFollowTheMonitorsCadence() {
    var spec = new TestMonitor();
    spec.reminderSeconds = 600;
    var monitor = harness.monitor(spec);

    failFor(monitor, 0, 26);

    List<Alert> reminders = harness.alerts(AlertType.STILL_DOWN);
    assertThat(reminders).extracting(Alert::occurredAt).containsExactly(minutes(10), minutes(20));
    assertThat(reminders).extracting(Alert::id).doesNotHaveDuplicates();
  }

  @Test
  void alertIdsAreDerivedFromMonitorTypeAndIncident() {
    var monitor = harness.monitor(new TestMonitor());
    failFor(monitor, 0, 3);
    harness.result(up(monitor.id, minutes(3)));

    Alert streak = harness.alerts(AlertType.FAILURE_STREAK).getFirst();
    Alert recovery = harness.alerts(AlertType.RECOVERY).getFirst();
    assertThat(streak.id()).isEqualTo(
        AlertId.of(monitor.id, AlertType.FAILURE_STREAK, streak.incidentId().toString()));
    assertThat(recovery.id()).isEqualTo(AlertId.of(monitor.id, AlertType.RECOVERY, streak.incidentId().toString()));
  }

  @Test
  void replayingTheSameInputYieldsTheSameAlertIds() {
    var spec = new TestMonitor();
    List<Alert> first;
    List<Alert> second;
    try (var one = new TopologyHarness(); var two = new TopologyHarness()) {
      first = replay(one, spec);
      second = replay(two, spec);
    }
    assertThat(first).isNotEmpty();
    assertThat(second).extracting(Alert::id).containsExactlyElementsOf(first.stream().map(Alert::id).toList());
  }

  private static List<Alert> replay(TopologyHarness target, TestMonitor spec) {
    target.monitor(spec);
    for (int minute = 0; minute < 10; minute++) {
      target.result(minute < 4 ? down(spec.id, minutes(minute)) : up(spec.id, minutes(minute)));
    }
    return target.alerts();
  }

  private void failFor(TestMonitor monitor, int fromMinute, int count) {
    for (int i = 0; i < count; i++) {
      harness.result(down(monitor.id, minutes(fromMinute + i)));
    }
  }

  static Instant minutes(long minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }
}

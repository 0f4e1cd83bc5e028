package dev.vigil.contracts.monitor;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.contracts.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonitorSnapshotTest {

  @Test
  void timeoutLongerThanTheIntervalIsRejectedBecauseProbesWouldOverlap() {
    MonitorSnapshot monitor = Samples.httpMonitor();

    assertThatThrownBy(() -> new MonitorSnapshot(monitor.id(), monitor.tenant(), monitor.name(), monitor.check(), 4,
        monitor.failureThreshold(), monitor.recoveryThreshold(), null, monitor.slaTargetPercent(), null, null,
        monitor.tlsExpiryWarningDays(), List.of(), null, List.of(), true, 0, monitor.updatedAt()))
        .hasMessageContaining("'check.timeoutMs' must not exceed the interval");
  }

  @Test
  void quorumBeyondTheListedRegionsIsRejected() {
    MonitorSnapshot monitor = Samples.httpMonitor();

    assertThatThrownBy(() -> new MonitorSnapshot(monitor.id(), monitor.tenant(), monitor.name(), monitor.check(),
        monitor.intervalSeconds(), monitor.failureThreshold(), monitor.recoveryThreshold(), null,
        monitor.slaTargetPercent(), null, null, monitor.tlsExpiryWarningDays(), List.of("eu-west"), 2, List.of(),
        true, 0, monitor.updatedAt()))
        .hasMessage("'quorum' must not exceed the number of regions");
  }
}

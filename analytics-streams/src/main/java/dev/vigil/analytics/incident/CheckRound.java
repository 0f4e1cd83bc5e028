package dev.vigil.analytics.incident;

import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.contracts.probe.ProbeErrorKind;
import dev.vigil.contracts.probe.ProbeResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Gathers the results of one probing round (same scheduled slot) from every region of a monitor and decides the
 * round once all regions answered or the next round began; a result for an already decided round is too late to
 * change streaks and is left to the statistics.
 */
final class CheckRound {

  private CheckRound() {
  }

  static List<Verdict> offer(HealthState s, MonitorSnapshot monitor, ProbeResult result) {
    long slot = Math.floorDiv(result.scheduledAt().toEpochMilli(), monitor.intervalSeconds() * 1000L);
    boolean decided = s.lastFinalizedSlot != HealthState.NONE && slot <= s.lastFinalizedSlot;
    boolean older = s.pendingSlot != HealthState.NONE && slot < s.pendingSlot;
    if (decided || older) {
      return List.of();
    }
    List<Verdict> verdicts = new ArrayList<>(2);
    if (s.pendingSlot != HealthState.NONE && slot > s.pendingSlot) {
      verdicts.add(decide(s, monitor, null, null));
    }
    s.pendingSlot = slot;
    s.pendingAtMs = Math.max(s.pendingAtMs, result.startedAt().toEpochMilli());
    s.pendingRegions.put(result.region(), result.up());
    if (s.pendingRegions.size() >= Math.max(1, monitor.regions().size())) {
      verdicts.add(decide(s, monitor, result.errorKind(), result.message()));
    }
    return verdicts;
  }

  static int quorum(MonitorSnapshot monitor) {
    if (monitor.quorum() != null) {
      return monitor.quorum();
    }
    int regions = monitor.regions().size();
    return regions <= 1 ? 1 : regions / 2 + 1;
  }

  private static Verdict decide(HealthState s, MonitorSnapshot monitor, @Nullable ProbeErrorKind kind,
      @Nullable String error) {
    List<String> failing = new ArrayList<>();
    for (Map.Entry<String, Boolean> region : s.pendingRegions.entrySet()) {
      if (!region.getValue()) {
        failing.add(region.getKey());
      }
    }
    var verdict = new Verdict(Instant.ofEpochMilli(s.pendingAtMs), failing.size() >= quorum(monitor),
        List.copyOf(failing), kind, error);
    s.lastFinalizedSlot = s.pendingSlot;
    s.pendingSlot = HealthState.NONE;
    s.pendingAtMs = HealthState.NONE;
    s.pendingRegions.clear();
    return verdict;
  }
}

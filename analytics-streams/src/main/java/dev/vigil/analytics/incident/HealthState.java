package dev.vigil.analytics.incident;

import dev.vigil.contracts.alert.AlertType;
import dev.vigil.contracts.stats.LatencySummary;
import dev.vigil.contracts.status.MonitorState;
import dev.vigil.contracts.status.ResultSummary;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Everything the rules remember about one monitor between records; mutable because it is read from the store,
 * changed by one record and written back, never shared.
 */
final class HealthState {

  static final long NONE = Long.MIN_VALUE;

  MonitorState state = MonitorState.UNKNOWN;
  long sinceMs;
  int consecutiveFailures;
  int consecutiveSuccesses;
  long streakStartMs = NONE;

  @Nullable UUID incidentId;
  long incidentOpenedMs = NONE;
  boolean incidentAnnounced;
  int remindersSent;

  long pendingSlot = NONE;
  long pendingAtMs = NONE;
  final Map<String, Boolean> pendingRegions = new LinkedHashMap<>();
  long lastFinalizedSlot = NONE;

  @Nullable ResultSummary lastResult;
  long lastResultStartedMs = NONE;
  boolean regionProblem;

  final Map<AlertType, Long> lastAlertMs = new EnumMap<>(AlertType.class);
  boolean latencyBreached;
  boolean slaBreached;
  boolean fastBurn;
  boolean slowBurn;
  long lastTlsAlertDay = NONE;
  @Nullable Integer tlsDaysRemaining;

  final Map<Integer, LatencySummary> latestLatency = new TreeMap<>();

  final Buckets hours = new Buckets(Duration.ofHours(1));
  final Buckets minutes = new Buckets(Duration.ofMinutes(1));

  boolean down() {
    return incidentId != null;
  }

  void moveTo(MonitorState next, long atMs) {
    if (state != next) {
      state = next;
      sinceMs = atMs;
    }
  }
}

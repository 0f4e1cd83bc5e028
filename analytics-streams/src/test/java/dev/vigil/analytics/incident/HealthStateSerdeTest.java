package dev.vigil.analytics.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.vigil.contracts.alert.AlertType;
import dev.vigil.contracts.probe.ProbeErrorKind;
import dev.vigil.contracts.stats.LatencySummary;
import dev.vigil.contracts.status.MonitorState;
import dev.vigil.contracts.status.ResultSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The monitor-health store's format 1, pinned byte for byte: stores written by earlier releases must read back. */
class HealthStateSerdeTest {

  private static final Instant AT = Instant.parse("2026-12-01T10:15:30Z");

  /** {@link #degradedWithAnOpenIncident()} as format 1: DEGRADED 02, TLS_ERROR 05, SLA_BREACH 03, PROBE_MISSING 09. */
  private static final String FORMAT_1 = String.join("",
      "01", // format
      "02", // state DEGRADED
      "000001a2311a31d0", "00000003", "00000000", "000001a231185d10", // since, failures, successes, streak start
      "01", "0b7e1c2a5d3f4e6a9b8c1d2e3f4a5b6c", "000001a231194770", "01", "00000001", // incident, reminders
      "000000000000002a", "000001a2311a31d0", "00000001", "0002", "6575", "00", "0000000000000029", // round
      "01", "000001a2311a31d0", "0002", "6575", "00", "ffffffff", "05", "4089640000000000", // last result, TLS_ERROR
      "8000000000000000", "000001a2311a31d0", "01", // retired wall clock, result started, region problem
      "00000002", "03", "000001a23119bca0", "09", "000001a2311a0ac0", // SLA_BREACH and PROBE_MISSING alerts
      "00", "01", "00", "00", "0000000000004fc7", "00000006", // breaches, burns, TLS
      "00000001", "0000012c", "405e000000000000", "4059000000000000", "406f400000000000", "4079000000000000",
      "4080000000000000", // latest latency
      "00000001", "0000000000079cea", "00000000", "00000001", // hours
      "00000001", "0000000001c8c6e7", "00000000", "00000001"); // minutes

  private final HealthStateSerde serde = new HealthStateSerde();

  @Test
  void format1BytesReadBackAsTheStateTheyWereWrittenFrom() {
    HealthState read = serde.deserializer().deserialize("t", HexFormat.of().parseHex(FORMAT_1));

    assertThat(read).usingRecursiveComparison().isEqualTo(degradedWithAnOpenIncident());
  }

  @Test
  void aStateIsWrittenAsExactlyTheFormat1Bytes() {
    byte[] written = serde.serializer().serialize("t", degradedWithAnOpenIncident());

    assertThat(HexFormat.of().formatHex(written)).isEqualTo(FORMAT_1);
  }

  @Test
  void aFreshStateWithNothingOptionalSurvivesARoundTrip() {
    var fresh = new HealthState();

    HealthState read = serde.deserializer().deserialize("t", serde.serializer().serialize("t", fresh));

    assertThat(read).usingRecursiveComparison().isEqualTo(fresh);
  }

  @Test
  void monitorStatesKeepTheCodesFormat1StoredThemAs() {
    assertThat(IntStream.range(0, 5).mapToObj(HealthStateSerde.STATES::constant)).containsExactly(
        MonitorState.UP, MonitorState.DOWN, MonitorState.DEGRADED, MonitorState.PAUSED, MonitorState.UNKNOWN);
  }

  @Test
  void alertTypesKeepTheCodesFormat1StoredThemAs() {
    assertThat(IntStream.range(0, 11).mapToObj(HealthStateSerde.ALERTS::constant)).containsExactly(
        AlertType.FAILURE_STREAK, AlertType.RECOVERY, AlertType.STILL_DOWN, AlertType.SLA_BREACH,
        AlertType.SLA_RESTORED, AlertType.BUDGET_BURN, AlertType.LATENCY_BREACH, AlertType.LATENCY_RESTORED,
        AlertType.TLS_EXPIRY, AlertType.PROBE_MISSING, AlertType.TEST);
  }

  @Test
  void errorKindsKeepTheCodesFormat1StoredThemAs() {
    assertThat(IntStream.range(0, 13).mapToObj(HealthStateSerde.ERRORS::constant)).containsExactly(
        ProbeErrorKind.DNS_FAILURE, ProbeErrorKind.DNS_MISMATCH, ProbeErrorKind.CONNECT_REFUSED,
        ProbeErrorKind.CONNECT_TIMEOUT, ProbeErrorKind.NETWORK_ERROR, ProbeErrorKind.TLS_ERROR, ProbeErrorKind.TIMEOUT,
        ProbeErrorKind.UNEXPECTED_STATUS, ProbeErrorKind.KEYWORD_MISMATCH, ProbeErrorKind.ASSERTION_FAILED,
        ProbeErrorKind.BODY_TOO_LARGE, ProbeErrorKind.BLOCKED_TARGET, ProbeErrorKind.INTERNAL);
  }

  @Test
  void anUnknownMonitorStateCodeIsRejectedRatherThanReadAsAnotherState() {
    byte[] bytes = HexFormat.of().parseHex(FORMAT_1);
    bytes[1] = 5;

    assertThatIllegalStateException().isThrownBy(() -> serde.deserializer().deserialize("t", bytes))
        .withMessageContaining("MonitorState");
  }

  private static HealthState degradedWithAnOpenIncident() {
    var s = new HealthState();
    s.state = MonitorState.DEGRADED;
    s.sinceMs = AT.toEpochMilli();
    s.consecutiveFailures = 3;
    s.consecutiveSuccesses = 0;
    s.streakStartMs = AT.minusSeconds(120).toEpochMilli();
    s.incidentId = UUID.fromString("0b7e1c2a-5d3f-4e6a-9b8c-1d2e3f4a5b6c");
    s.incidentOpenedMs = AT.minusSeconds(60).toEpochMilli();
    s.incidentAnnounced = true;
    s.remindersSent = 1;
    s.pendingSlot = 42;
    s.pendingAtMs = AT.toEpochMilli();
    s.pendingRegions.put("eu", false);
    s.lastFinalizedSlot = 41;
    s.lastResult = new ResultSummary(AT, "eu", false, null, ProbeErrorKind.TLS_ERROR, 812.5);
    s.lastResultStartedMs = AT.toEpochMilli();
    s.regionProblem = true;
    s.lastAlertMs.put(AlertType.SLA_BREACH, AT.minusSeconds(30).toEpochMilli());
    s.lastAlertMs.put(AlertType.PROBE_MISSING, AT.minusSeconds(10).toEpochMilli());
    s.slaBreached = true;
    s.lastTlsAlertDay = 20_423;
    s.tlsDaysRemaining = 6;
    s.latestLatency.put(300, new LatencySummary(120.0, 100.0, 250.0, 400.0, 512.0));
    s.hours.record(AT, false, Duration.ofDays(30));
    s.minutes.record(AT, false, Duration.ofHours(6));
    return s;
  }
}

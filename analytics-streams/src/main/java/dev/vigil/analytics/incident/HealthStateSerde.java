package dev.vigil.analytics.incident;

import dev.vigil.analytics.StoredCodes;
import dev.vigil.contracts.alert.AlertType;
import dev.vigil.contracts.probe.ProbeErrorKind;
import dev.vigil.contracts.stats.LatencySummary;
import dev.vigil.contracts.status.MonitorState;
import dev.vigil.contracts.status.ResultSummary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.jspecify.annotations.Nullable;

/**
 * Binary form of {@link HealthState}: it is rewritten on every result and holds up to a month of hourly buckets, so
 * a compact fixed layout keeps the store, its changelog and the per-record cost small; byte 0 is the format version.
 */
final class HealthStateSerde implements Serde<HealthState> {

  private static final byte FORMAT = 1;
  /** Room for everything but the buckets, whose size is known: the buffer is allocated once, never grown. */
  private static final int BYTES_BESIDE_BUCKETS = 256;
  private static final int ABSENT = -1;
  /**
   * Format 1 held the wall-clock time of a monitor's newest result here; silence is judged in probe time now, so the
   * slot is written as absent and skipped on read, which keeps the layout, and stores written before, unchanged.
   */
  private static final long RETIRED_WALL_CLOCK = Long.MIN_VALUE;

  /*
   * Enums are stored as one byte from these tables, never as ordinals: a new constant is appended with the next code,
   * whatever its place in the enum. The first releases wrote the ordinal here; the tables list the constants in the
   * order the enums have had since then, so the codes are those very bytes and the format stays 1 (a new number would
   * change no byte and only make an older release reject stores it reads correctly). One byte rather than the
   * contracts' wire names: the record is rewritten on every result and holds up to eleven alert types.
   */
  static final StoredCodes<MonitorState> STATES = StoredCodes.of(MonitorState.class,
      MonitorState.UP, MonitorState.DOWN, MonitorState.DEGRADED, MonitorState.PAUSED, MonitorState.UNKNOWN);
  static final StoredCodes<AlertType> ALERTS = StoredCodes.of(AlertType.class,
      AlertType.FAILURE_STREAK, AlertType.RECOVERY, AlertType.STILL_DOWN, AlertType.SLA_BREACH, AlertType.SLA_RESTORED,
      AlertType.BUDGET_BURN, AlertType.LATENCY_BREACH, AlertType.LATENCY_RESTORED, AlertType.TLS_EXPIRY,
      AlertType.PROBE_MISSING, AlertType.TEST);
  static final StoredCodes<ProbeErrorKind> ERRORS = StoredCodes.of(ProbeErrorKind.class,
      ProbeErrorKind.DNS_FAILURE, ProbeErrorKind.DNS_MISMATCH, ProbeErrorKind.CONNECT_REFUSED,
      ProbeErrorKind.CONNECT_TIMEOUT, ProbeErrorKind.NETWORK_ERROR, ProbeErrorKind.TLS_ERROR, ProbeErrorKind.TIMEOUT,
      ProbeErrorKind.UNEXPECTED_STATUS, ProbeErrorKind.KEYWORD_MISMATCH, ProbeErrorKind.ASSERTION_FAILED,
      ProbeErrorKind.BODY_TOO_LARGE, ProbeErrorKind.BLOCKED_TARGET, ProbeErrorKind.INTERNAL);

  @Override
  public Serializer<HealthState> serializer() {
    return (topic, state) -> state == null ? null : write(state);
  }

  @Override
  public Deserializer<HealthState> deserializer() {
    return (topic, bytes) -> bytes == null ? null : read(bytes);
  }

  private static byte[] write(HealthState s) {
    var buffer = new ByteArrayOutputStream(
        BYTES_BESIDE_BUCKETS + s.hours.storedBytes() + s.minutes.storedBytes());
    try (var out = new DataOutputStream(buffer)) {
      out.writeByte(FORMAT);
      out.writeByte(STATES.code(s.state));
      out.writeLong(s.sinceMs);
      out.writeInt(s.consecutiveFailures);
      out.writeInt(s.consecutiveSuccesses);
      out.writeLong(s.streakStartMs);
      out.writeBoolean(s.incidentId != null);
      if (s.incidentId != null) {
        out.writeLong(s.incidentId.getMostSignificantBits());
        out.writeLong(s.incidentId.getLeastSignificantBits());
      }
      out.writeLong(s.incidentOpenedMs);
      out.writeBoolean(s.incidentAnnounced);
      out.writeInt(s.remindersSent);
      out.writeLong(s.pendingSlot);
      out.writeLong(s.pendingAtMs);
      out.writeInt(s.pendingRegions.size());
      for (Map.Entry<String, Boolean> region : s.pendingRegions.entrySet()) {
        out.writeUTF(region.getKey());
        out.writeBoolean(region.getValue());
      }
      out.writeLong(s.lastFinalizedSlot);
      writeResult(out, s.lastResult);
      out.writeLong(RETIRED_WALL_CLOCK);
      out.writeLong(s.lastResultStartedMs);
      out.writeBoolean(s.regionProblem);
      out.writeInt(s.lastAlertMs.size());
      for (Map.Entry<AlertType, Long> alert : s.lastAlertMs.entrySet()) {
        out.writeByte(ALERTS.code(alert.getKey()));
        out.writeLong(alert.getValue());
      }
      out.writeBoolean(s.latencyBreached);
      out.writeBoolean(s.slaBreached);
      out.writeBoolean(s.fastBurn);
      out.writeBoolean(s.slowBurn);
      out.writeLong(s.lastTlsAlertDay);
      out.writeInt(s.tlsDaysRemaining == null ? Integer.MIN_VALUE : s.tlsDaysRemaining);
      out.writeInt(s.latestLatency.size());
      for (Map.Entry<Integer, LatencySummary> latency : s.latestLatency.entrySet()) {
        LatencySummary l = latency.getValue();
        out.writeInt(latency.getKey());
        out.writeDouble(l.avgMs());
        out.writeDouble(l.p50Ms());
        out.writeDouble(l.p95Ms());
        out.writeDouble(l.p99Ms());
        out.writeDouble(l.maxMs());
      }
      s.hours.write(out);
      s.minutes.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toByteArray();
  }

  private static HealthState read(byte[] bytes) {
    var s = new HealthState();
    try (var in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      byte format = in.readByte();
      if (format != FORMAT) {
        throw new IllegalStateException("unknown health state format " + format);
      }
      s.state = STATES.constant(in.readByte());
      s.sinceMs = in.readLong();
      s.consecutiveFailures = in.readInt();
      s.consecutiveSuccesses = in.readInt();
      s.streakStartMs = in.readLong();
      s.incidentId = in.readBoolean() ? new UUID(in.readLong(), in.readLong()) : null;
      s.incidentOpenedMs = in.readLong();
      s.incidentAnnounced = in.readBoolean();
      s.remindersSent = in.readInt();
      s.pendingSlot = in.readLong();
      s.pendingAtMs = in.readLong();
      int regions = in.readInt();
      for (int i = 0; i < regions; i++) {
        s.pendingRegions.put(in.readUTF(), in.readBoolean());
      }
      s.lastFinalizedSlot = in.readLong();
      s.lastResult = readResult(in);
      in.readLong();
      s.lastResultStartedMs = in.readLong();
      s.regionProblem = in.readBoolean();
      int alerts = in.readInt();
      for (int i = 0; i < alerts; i++) {
        s.lastAlertMs.put(ALERTS.constant(in.readByte()), in.readLong());
      }
      s.latencyBreached = in.readBoolean();
      s.slaBreached = in.readBoolean();
      s.fastBurn = in.readBoolean();
      s.slowBurn = in.readBoolean();
      s.lastTlsAlertDay = in.readLong();
      int tls = in.readInt();
      s.tlsDaysRemaining = tls == Integer.MIN_VALUE ? null : tls;
      int latencies = in.readInt();
      for (int i = 0; i < latencies; i++) {
        s.latestLatency.put(in.readInt(), new LatencySummary(
            in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble()));
      }
      s.hours.read(in);
      s.minutes.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return s;
  }

  private static void writeResult(DataOutputStream out, @Nullable ResultSummary result) throws IOException {
    out.writeBoolean(result != null);
    if (result == null) {
      return;
    }
    out.writeLong(result.at().toEpochMilli());
    out.writeUTF(result.region());
    out.writeBoolean(result.up());
    out.writeInt(result.statusCode() == null ? ABSENT : result.statusCode());
    out.writeByte(result.errorKind() == null ? ABSENT : ERRORS.code(result.errorKind()));
    out.writeDouble(result.totalMs());
  }

  private static @Nullable ResultSummary readResult(DataInputStream in) throws IOException {
    if (!in.readBoolean()) {
      return null;
    }
    var at = java.time.Instant.ofEpochMilli(in.readLong());
    String region = in.readUTF();
    boolean up = in.readBoolean();
    int status = in.readInt();
    int kind = in.readByte();
    double total = in.readDouble();
    return new ResultSummary(at, region, up, status == ABSENT ? null : status,
        kind == ABSENT ? null : ERRORS.constant(kind), total);
  }
}

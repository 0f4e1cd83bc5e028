package dev.vigil.analytics.incident;

import dev.vigil.analytics.AnalyticsMetrics;
import dev.vigil.analytics.AnalyticsProperties;
import dev.vigil.contracts.alert.AlertType;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.contracts.probe.ProbeResult;
import dev.vigil.contracts.status.MonitorState;
import dev.vigil.contracts.status.ResultSummary;
import dev.vigil.contracts.topic.DeadLetterHeaders;
import dev.vigil.contracts.topic.DeadLetterReason;
import dev.vigil.contracts.topic.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns each monitor's health state: applies results, monitor changes and closed windows to it in order, and on a
 * wall-clock schedule notices silent monitors (judged in probe time, see {@link Progress}) and republishes every
 * status. All of one record's emissions are
 * forwarded only after it was handled completely, so a failure dead-letters the record and changes nothing.
 */
final class MonitorProcessor implements Processor<UUID, MonitorEvent, UUID, Emission> {

  private static final Logger log = LoggerFactory.getLogger(MonitorProcessor.class);

  private final AnalyticsProperties properties;
  private final AnalyticsMetrics metrics;
  private final String monitorsStore;
  private final AlertGate gate;
  private final IncidentRules incidents;
  private final SlaRules sla;
  private final SignalRules signals;
  private final StatusView status;
  private final StatsCompleter stats;
  private final SilenceRules silence;
  private ProcessorContext<UUID, Emission> context;
  private @Nullable Progress progress;
  private HealthEntries health;
  private TimestampedKeyValueStore<UUID, MonitorSnapshot> monitors;

  MonitorProcessor(AnalyticsProperties properties, AnalyticsMetrics metrics, String monitorsStore) {
    this.properties = properties;
    this.metrics = metrics;
    this.monitorsStore = monitorsStore;
    this.gate = new AlertGate(properties.cooldown(), metrics);
    this.incidents = new IncidentRules(gate, metrics);
    this.sla = new SlaRules(properties.sla(), gate);
    this.signals = new SignalRules(gate);
    this.status = new StatusView(sla);
    this.stats = new StatsCompleter(sla);
    this.silence = new SilenceRules(properties.silence(), gate);
  }

  @Override
  public void init(ProcessorContext<UUID, Emission> context) {
    this.context = context;
    KeyValueStore<UUID, byte[]> store = context.getStateStore(HealthStore.NAME);
    this.health = new HealthEntries(store, metrics, context.applicationId() + "-" + HealthStore.NAME + "-changelog",
        context.taskId().partition(), this::forwardSetAside);
    this.monitors = context.getStateStore(monitorsStore);
    context.schedule(properties.silence().checkInterval(), PunctuationType.WALL_CLOCK_TIME, this::detectSilence);
    context.schedule(properties.statusRefresh(), PunctuationType.WALL_CLOCK_TIME, this::refreshStatuses);
  }

  @Override
  public void process(Record<UUID, MonitorEvent> record) {
    List<Emission> out = new ArrayList<>();
    try {
      switch (record.value()) {
        case MonitorEvent.ResultArrived arrived -> onResult(record.key(), arrived, out);
        case MonitorEvent.MonitorChanged changed -> onMonitor(record.key(), changed.monitor(), record, out);
        case MonitorEvent.WindowClosed closed -> onWindow(record.key(), closed, out);
      }
    } catch (RuntimeException failure) {
      deadLetter(record, failure);
      return;
    }
    AlertGroups.group(out).forEach(emission -> context.forward(record.withValue(emission)));
  }

  private void onResult(UUID id, MonitorEvent.ResultArrived arrived, List<Emission> out) {
    MonitorSnapshot monitor = arrived.monitor();
    ProbeResult result = arrived.result();
    HealthState s = stateOf(id, result.startedAt().toEpochMilli());
    String before = StatusView.fingerprint(s);
    long wallNow = context.currentSystemTimeMs();
    progress(wallNow).advance(result.startedAt().toEpochMilli(), wallNow);
    s.lastResultStartedMs = Math.max(s.lastResultStartedMs, result.startedAt().toEpochMilli());
    s.lastResult = new ResultSummary(result.startedAt(), result.region(), result.up(), result.statusCode(),
        result.errorKind(), result.timings().totalMs());
    for (Verdict verdict : CheckRound.offer(s, monitor, result)) {
      incidents.apply(monitor, s, verdict, out);
      sla.apply(monitor, s, verdict, out);
    }
    if (s.state == MonitorState.UNKNOWN && s.lastFinalizedSlot != HealthState.NONE) {
      s.moveTo(IncidentRules.stateOf(s), result.startedAt().toEpochMilli());
    }
    signals.tls(monitor, s, result, out);
    save(id, monitor, s, before, result.startedAt(), out);
  }

  private void onMonitor(UUID id, @Nullable MonitorSnapshot monitor, Record<UUID, MonitorEvent> record,
      List<Emission> out) {
    if (monitor == null) {
      if (health.delete(id)) {
        out.add(new Emission.StatusChanged(null));
        log.atInfo().addKeyValue("monitorId", id).log("monitor deleted, state dropped");
      }
      return;
    }
    HealthState s = health.get(id, record.timestamp());
    if (s != null) {
      out.add(new Emission.StatusChanged(status.render(monitor, s, Instant.ofEpochMilli(record.timestamp()))));
    }
  }

  private void onWindow(UUID id, MonitorEvent.WindowClosed closed, List<Emission> out) {
    MonitorSnapshot monitor = monitor(id);
    if (monitor == null) {
      return;
    }
    HealthState s = stateOf(id, closed.window().end().toEpochMilli());
    String before = StatusView.fingerprint(s);
    stats.complete(monitor, s, closed, out);
    var total = closed.aggregate().allRegions().total();
    if (total != null && !total.isEmpty()) {
      var summary = total.summary();
      s.latestLatency.put(closed.window().sizeSeconds(), summary);
      if (Duration.ofSeconds(closed.window().sizeSeconds()).equals(properties.windows().latencyAlertWindow())) {
        signals.latency(monitor, s, closed.window().start(), closed.window().end(), summary, out);
        if (!s.down() && s.state != MonitorState.UNKNOWN) {
          s.moveTo(IncidentRules.stateOf(s), closed.window().end().toEpochMilli());
        }
      }
    }
    save(id, monitor, s, before, closed.window().end(), out);
  }

  /**
   * Walks the monitors, not the health states, so a monitor that never produced a result is judged too. Each monitor
   * is judged on its own: one whose entry cannot be read or judged is set aside and the walk goes on.
   */
  private void detectSilence(long wallNow) {
    long now = progress(wallNow).now(wallNow);
    try (var all = monitors.all()) {
      while (all.hasNext()) {
        KeyValue<UUID, ValueAndTimestamp<MonitorSnapshot>> entry = all.next();
        MonitorSnapshot monitor = entry.value.value();
        if (monitor == null || !monitor.enabled()) {
          continue;
        }
        List<Emission> out = new ArrayList<>();
        try {
          HealthState s = stateOf(entry.key, now);
          String before = StatusView.fingerprint(s);
          if (silence.check(monitor, entry.value.timestamp(), s, now, out)) {
            save(entry.key, monitor, s, before, Instant.ofEpochMilli(now), out);
          }
        } catch (RuntimeException failure) {
          out.clear();
          health.setAside(entry.key, failure, now);
        }
        out.forEach(emission -> context.forward(new Record<>(entry.key, emission, now)));
      }
    }
  }

  /**
   * Created on the task's first record or punctuation after (re)initialisation rather than in {@code init}, where
   * the task's cached wall clock is not set yet.
   */
  private Progress progress(long wallNow) {
    if (progress == null) {
      progress = new Progress(newestRestoredResult(), wallNow);
    }
    return progress;
  }

  /** The newest result the restored store holds: where this task's reading stood when it last committed. */
  private long newestRestoredResult() {
    long newest = HealthState.NONE;
    try (var all = health.all()) {
      while (all.hasNext()) {
        KeyValue<UUID, byte[]> entry = all.next();
        HealthState s = health.decode(entry.key, entry.value, context.currentSystemTimeMs());
        if (s != null) {
          newest = Math.max(newest, s.lastResultStartedMs);
        }
      }
    }
    return newest;
  }

  /** Entry by entry, like the silence check: one that cannot be read or rendered is set aside. */
  private void refreshStatuses(long now) {
    try (var all = health.all()) {
      while (all.hasNext()) {
        KeyValue<UUID, byte[]> entry = all.next();
        try {
          HealthState s = health.decode(entry.key, entry.value, now);
          MonitorSnapshot monitor = monitor(entry.key);
          if (s != null && monitor != null) {
            context.forward(new Record<>(entry.key,
                new Emission.StatusChanged(status.render(monitor, s, Instant.ofEpochMilli(now))), now));
          }
        } catch (RuntimeException failure) {
          health.setAside(entry.key, failure, now);
        }
      }
    }
  }

  private void forwardSetAside(UUID id, Emission.SetAside setAside, long timestamp) {
    context.forward(new Record<>(id, setAside, timestamp));
  }

  private void save(UUID id, MonitorSnapshot monitor, HealthState s, String before, Instant at, List<Emission> out) {
    health.put(id, s);
    if (!before.equals(StatusView.fingerprint(s))) {
      out.add(new Emission.StatusChanged(status.render(monitor, s, at)));
    }
  }

  private HealthState stateOf(UUID id, long timestamp) {
    HealthState s = health.get(id, timestamp);
    return s == null ? new HealthState() : s;
  }

  private @Nullable MonitorSnapshot monitor(UUID id) {
    ValueAndTimestamp<MonitorSnapshot> found = monitors.get(id);
    return found == null ? null : found.value();
  }

  /** Only results have a dead-letter topic; a failing monitor change or window is logged and skipped. */
  private void deadLetter(Record<UUID, MonitorEvent> record, RuntimeException failure) {
    RecordMetadata origin = context.recordMetadata().orElse(null);
    if (!(record.value() instanceof MonitorEvent.ResultArrived arrived) || origin == null) {
      log.atError().addKeyValue("monitorId", record.key()).setCause(failure).log("event skipped after failure");
      return;
    }
    byte[] value = Topics.PROBE_RESULTS.valueSerde().serializer().serialize(origin.topic(), arrived.result());
    var headers = DeadLetterHeaders.describe(DeadLetterReason.PROCESSING, failure, origin.topic(),
        origin.partition(), origin.offset());
    metrics.deadLettered(DeadLetterReason.PROCESSING);
    log.atWarn().addKeyValue("monitorId", record.key()).setCause(failure).log("result dead-lettered");
    context.forward(record.withValue(new Emission.DeadLetter(value, headers)));
  }
}

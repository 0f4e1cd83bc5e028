package dev.vigil.contracts.topic;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.channel.Channel;
import dev.vigil.contracts.delivery.DeliveryOutcome;
import dev.vigil.contracts.json.ContractSerde;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.contracts.probe.ProbeRequest;
import dev.vigil.contracts.probe.ProbeResult;
import dev.vigil.contracts.stats.ServiceStats;
import dev.vigil.contracts.status.MonitorStatus;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.common.serialization.Serdes;

/** The catalog of every Vigil topic; services refer to these constants and never to a topic name. */
public final class Topics {

  /**
   * Every topic keyed by monitor id has this many partitions, so a monitor's records land on the same partition
   * number everywhere and analytics can join them partition by partition; changing it means new topic versions.
   */
  public static final int CO_PARTITIONED_PARTITIONS = 12;

  /** Channels change rarely and are read whole by every notifier, so a few partitions suffice. */
  public static final int CHANNEL_PARTITIONS = 3;

  /** Raw results and everything derived from them are kept 30 days, then purged. */
  public static final Duration HISTORY_RETENTION = Duration.ofDays(30);

  /** A probe request is worthless once its deadline has passed; an hour leaves room to inspect a backlog. */
  public static final Duration PROBE_REQUEST_RETENTION = Duration.ofHours(1);

  public static final Topic<UUID, MonitorSnapshot> MONITORS =
      compacted("vigil.monitors.v1", CO_PARTITIONED_PARTITIONS, MonitorSnapshot.class);
  public static final Topic<UUID, Channel> CHANNELS =
      compacted("vigil.channels.v1", CHANNEL_PARTITIONS, Channel.class);
  public static final Topic<UUID, ProbeRequest> PROBE_REQUESTS =
      kept("vigil.probe-requests.v1", PROBE_REQUEST_RETENTION, ProbeRequest.class);
  public static final Topic<UUID, ProbeResult> PROBE_RESULTS =
      kept("vigil.probe-results.v1", HISTORY_RETENTION, ProbeResult.class);
  public static final Topic<UUID, ServiceStats> SERVICE_STATS =
      kept("vigil.service-stats.v1", HISTORY_RETENTION, ServiceStats.class);
  public static final Topic<UUID, Alert> ALERTS =
      kept("vigil.alerts.v1", HISTORY_RETENTION, Alert.class);
  public static final Topic<UUID, DeliveryOutcome> DELIVERIES =
      kept("vigil.deliveries.v1", HISTORY_RETENTION, DeliveryOutcome.class);
  public static final Topic<UUID, MonitorStatus> MONITOR_STATUS =
      compacted("vigil.monitor-status.v1", CO_PARTITIONED_PARTITIONS, MonitorStatus.class);

  private static final List<Topic<UUID, ?>> CO_PARTITIONED = List.of(
      MONITORS, PROBE_REQUESTS, PROBE_RESULTS, SERVICE_STATS, ALERTS, MONITOR_STATUS, DELIVERIES);

  private static final List<Topic<UUID, ?>> ALL = List.of(
      MONITORS, CHANNELS, PROBE_REQUESTS, PROBE_RESULTS, SERVICE_STATS, ALERTS, DELIVERIES, MONITOR_STATUS);

  private Topics() {
  }

  public static List<Topic<UUID, ?>> all() {
    return ALL;
  }

  /** The topics keyed by monitor id, which must keep equal partition counts. */
  public static List<Topic<UUID, ?>> coPartitioned() {
    return CO_PARTITIONED;
  }

  private static <V> Topic<UUID, V> compacted(String name, int partitions, Class<V> valueType) {
    return new Topic<>(name, partitions, CleanupPolicy.COMPACT, null, Serdes.UUID(), new ContractSerde<>(valueType));
  }

  private static <V> Topic<UUID, V> kept(String name, Duration retention, Class<V> valueType) {
    return new Topic<>(name, CO_PARTITIONED_PARTITIONS, CleanupPolicy.DELETE, retention, Serdes.UUID(),
        new ContractSerde<>(valueType));
  }
}

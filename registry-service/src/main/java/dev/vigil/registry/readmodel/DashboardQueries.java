package dev.vigil.registry.readmodel;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.stats.LatencyBreakdown;
import dev.vigil.contracts.stats.LatencySummary;
import dev.vigil.contracts.stats.ServiceStats;
import dev.vigil.contracts.status.MonitorStatus;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the read model's tables for one monitor; callers have checked ownership first. */
@Component
class DashboardQueries {

    private final JdbcClient jdbc;

    DashboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<MonitorStatus> status(UUID monitorId) {
        return jdbc.sql("select cast(status as text) from monitor_status where monitor_id = ?")
                .param(monitorId)
                .query(String.class)
                .optional()
                .map(json -> Json.read(json, MonitorStatus.class));
    }

    /** Total latency of the newest all-regions window of the size, for sizes the status record does not carry. */
    Optional<LatencySummary> latestLatency(UUID monitorId, int windowSeconds) {
        return jdbc.sql("""
                select cast(stats as text) from stats_window
                where monitor_id = ? and region = ? and window_seconds = ?
                order by window_start desc limit 1
                """)
                .params(monitorId, StatsStore.ALL_REGIONS, windowSeconds)
                .query(String.class)
                .optional()
                .map(json -> Json.read(json, ServiceStats.class).latency())
                .map(LatencyBreakdown::total);
    }

    List<ServiceStats> stats(UUID monitorId, String region, int windowSeconds, Instant from, Instant to, int limit) {
        return jdbc.sql("""
                select cast(stats as text) from stats_window
                where monitor_id = ? and region = ? and window_seconds = ? and window_start >= ? and window_start < ?
                order by window_start limit ?
                """)
                .params(monitorId, region, windowSeconds, Timestamp.from(from), Timestamp.from(to), limit)
                .query(String.class)
                .list()
                .stream()
                .map(json -> Json.read(json, ServiceStats.class))
                .toList();
    }

    List<IncidentView> incidents(UUID monitorId, int limit) {
        return jdbc.sql("""
                select id, opened_at, closed_at from incident where monitor_id = ?
                order by opened_at desc limit ?
                """)
                .params(monitorId, limit)
                .query((row, number) -> new IncidentView(row.getObject("id", UUID.class),
                        row.getTimestamp("opened_at").toInstant(),
                        row.getTimestamp("closed_at") == null ? null : row.getTimestamp("closed_at").toInstant()))
                .list();
    }

    List<AlertView> alerts(UUID monitorId, int limit) {
        List<Alert> alerts = jdbc.sql("""
                select cast(alert as text) from alert_history where monitor_id = ?
                order by occurred_at desc, id limit ?
                """)
                .params(monitorId, limit)
                .query(String.class)
                .list()
                .stream()
                .map(json -> Json.read(json, Alert.class))
                .toList();
        Map<UUID, List<DeliveryView>> deliveries = deliveries(monitorId, alerts);
        return alerts.stream()
                .map(alert -> new AlertView(alert, deliveries.getOrDefault(alert.id(), List.of())))
                .toList();
    }

    private Map<UUID, List<DeliveryView>> deliveries(UUID monitorId, List<Alert> alerts) {
        String[] alertIds = alerts.stream().map(alert -> alert.id().toString()).toArray(String[]::new);
        return jdbc.sql("""
                select * from delivery_outcome where monitor_id = ? and alert_id = any(cast(? as uuid[]))
                order by channel_id
                """)
                .params(monitorId, alertIds)
                .query((row, number) -> Map.entry(row.getObject("alert_id", UUID.class), new DeliveryView(
                        row.getObject("channel_id", UUID.class), row.getString("channel_kind"),
                        row.getString("outcome"), row.getInt("attempts"), row.getString("last_error"),
                        row.getTimestamp("next_attempt_at") == null ? null
                                : row.getTimestamp("next_attempt_at").toInstant(),
                        row.getTimestamp("occurred_at").toInstant())))
                .list()
                .stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }
}

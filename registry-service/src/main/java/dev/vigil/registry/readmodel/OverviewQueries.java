package dev.vigil.registry.readmodel;

import dev.vigil.contracts.monitor.MaintenanceWindow;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.contracts.status.MonitorStatus;
import dev.vigil.registry.readmodel.OverviewRow.LatencyPoint;
import dev.vigil.registry.tenant.TenantSettingsStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads an overview page in three statements whatever its length: the page of monitors joined with their status,
 * its count, and the recent windows of all of them; paging and filtering happen in the database so the cost follows
 * the page, not the tenant's size. Only a maintenance filter reads every matching active monitor, because whether
 * a window covers now is decided here, by the same rule analytics applies.
 */
@Component
class OverviewQueries {

    private static final String EFFECTIVE_STATE =
            "case when not m.enabled then 'paused' else coalesce(s.state, 'unknown') end";
    private static final String FROM = """
            from monitor m left join monitor_status s on s.monitor_id = m.id
            where m.tenant = :tenant
              and (cast(:kind as varchar) is null or m.kind = :kind)
              and (cast(:name as varchar) is null or (m.definition ->> 'name') ilike :name escape '\\')
              and (cast(:state as varchar) is null or %s = :state)
              and (not :activeOnly or m.enabled)
            """.formatted(EFFECTIVE_STATE);

    private final JdbcClient jdbc;
    private final TenantSettingsStore tenants;
    private final ReadModelProperties properties;

    OverviewQueries(JdbcClient jdbc, TenantSettingsStore tenants, ReadModelProperties properties) {
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.properties = properties;
    }

    @Transactional(readOnly = true)
    OverviewPage page(String tenant, OverviewFilter filter, int page, int size, Instant now) {
        List<MaintenanceWindow> tenantWindows = tenants.read(tenant).maintenanceWindows();
        List<Candidate> candidates;
        long total;
        if (filter.maintenanceOnly()) {
            List<Candidate> covered = candidates(tenant, filter, Integer.MAX_VALUE, 0).stream()
                    .filter(candidate -> inMaintenance(candidate.monitor(), tenantWindows, now))
                    .toList();
            total = covered.size();
            candidates = covered.stream().skip((long) page * size).limit(size).toList();
        } else {
            candidates = candidates(tenant, filter, size, (long) page * size);
            total = count(tenant, filter);
        }
        Map<UUID, List<LatencyPoint>> latency = latency(candidates, now);
        List<OverviewRow> rows = candidates.stream()
                .map(candidate -> row(candidate, inMaintenance(candidate.monitor(), tenantWindows, now),
                        latency.getOrDefault(candidate.monitor().id(), List.of())))
                .toList();
        return new OverviewPage(rows, page, size, total);
    }

    private List<Candidate> candidates(String tenant, OverviewFilter filter, int limit, long offset) {
        return params(jdbc.sql("select cast(m.definition as text) as definition, cast(s.status as text) as status, "
                        + EFFECTIVE_STATE + " as state " + FROM
                        + "order by lower(m.definition ->> 'name'), m.id limit :limit offset :offset"),
                tenant, filter)
                .param("limit", limit)
                .param("offset", offset)
                .query(OverviewQueries::candidate)
                .list();
    }

    private long count(String tenant, OverviewFilter filter) {
        return params(jdbc.sql("select count(*) " + FROM), tenant, filter).query(Long.class).single();
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec statement, String tenant,
            OverviewFilter filter) {
        return statement.param("tenant", tenant)
                .param("kind", filter.kind())
                .param("name", filter.namePattern())
                .param("state", filter.storedState())
                .param("activeOnly", filter.maintenanceOnly());
    }

    private Map<UUID, List<LatencyPoint>> latency(List<Candidate> candidates, Instant now) {
        Map<UUID, List<LatencyPoint>> byMonitor = new HashMap<>();
        if (candidates.isEmpty()) {
            return byMonitor;
        }
        jdbc.sql("""
                        select monitor_id, window_start,
                               cast(stats -> 'latency' -> 'total' ->> 'p95Ms' as double precision) as p95
                        from stats_window
                        where monitor_id in (:ids) and region = :allRegions and window_seconds = :seconds
                          and window_start >= :from
                        order by monitor_id, window_start
                        """)
                .param("ids", candidates.stream().map(candidate -> candidate.monitor().id()).toList())
                .param("allRegions", StatsStore.ALL_REGIONS)
                .param("seconds", (int) properties.overviewLatencyWindow().toSeconds())
                .param("from", Timestamp.from(now.minus(properties.overviewLatencyRange())))
                .query((ResultSet rs) -> {
                    Double p95 = rs.getObject("p95", Double.class);
                    byMonitor.computeIfAbsent(rs.getObject("monitor_id", UUID.class), id -> new ArrayList<>())
                            .add(new LatencyPoint(rs.getTimestamp("window_start").toInstant(), p95));
                });
        return byMonitor;
    }

    private static boolean inMaintenance(MonitorSnapshot monitor, List<MaintenanceWindow> tenantWindows,
            Instant now) {
        return monitor.enabled() && (MaintenanceWindow.anyCovers(monitor.maintenanceWindows(), now)
                || MaintenanceWindow.anyCovers(tenantWindows, now));
    }

    private static OverviewRow row(Candidate candidate, boolean inMaintenance, List<LatencyPoint> latency) {
        MonitorSnapshot monitor = candidate.monitor();
        return new OverviewRow(monitor.id(), monitor.name(), monitor.check().kind(), monitor.check().target(),
                monitor.intervalSeconds(), monitor.enabled(), monitor.slaTargetPercent(), candidate.state(),
                inMaintenance, candidate.status(), latency);
    }

    private static Candidate candidate(ResultSet rs, int row) throws SQLException {
        String status = rs.getString("status");
        return new Candidate(Json.read(rs.getString("definition"), MonitorSnapshot.class),
                status == null ? null : Json.read(status, MonitorStatus.class),
                rs.getString("state").toLowerCase(Locale.ROOT));
    }

    private record Candidate(MonitorSnapshot monitor, @Nullable MonitorStatus status, String state) {
    }
}

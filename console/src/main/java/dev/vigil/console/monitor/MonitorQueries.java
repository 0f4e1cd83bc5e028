package dev.vigil.console.monitor;

import dev.vigil.console.api.ApiClient;
import dev.vigil.console.status.StatusSummary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Reads one monitor's page from the API: its definition, status, incidents, alerts and latency series. */
@Component
class MonitorQueries {

    private final ApiClient api;
    private final Clock clock = Clock.systemUTC();

    MonitorQueries(ApiClient api) {
        this.api = api;
    }

    MonitorDetail detail(String token, UUID id) {
        JsonNode monitor = api.monitor(token, id);
        JsonNode status = api.status(token, id);
        StatusSummary summary = StatusSummary.from(status);
        List<MonitorDetail.WindowLatency> latency = new ArrayList<>();
        status.path("latency").properties().forEach(window -> latency.add(new MonitorDetail.WindowLatency(
                window.getKey(), window.getValue().path("p50Ms").asDouble(), window.getValue().path("p95Ms").asDouble(),
                window.getValue().path("p99Ms").asDouble())));
        JsonNode sla = status.path("sla");
        Double budget = sla.hasNonNull("errorBudgetRemaining") ? sla.path("errorBudgetRemaining").asDouble() : null;
        JsonNode check = monitor.path("check");
        return new MonitorDetail(id, monitor.path("name").asString(), check.path("kind").asString(),
                check.path("target").asString(), monitor.path("intervalSeconds").asInt(),
                monitor.path("enabled").asBoolean(true), summary, latency, budget, burnRate(summary),
                status.hasNonNull("tlsDaysRemaining") ? status.path("tlsDaysRemaining").asInt() : null,
                incidents(api.incidents(token, id)), alerts(api.alerts(token, id)));
    }

    /** The chart's series over one range: percentiles and phases of each window, oldest first. */
    ChartSeries chart(String token, UUID id, ChartRange range) {
        JsonNode series = api.stats(token, id, range.window(), clock.instant().minus(range.span()));
        var chart = new ChartSeries.Builder();
        series.path("points").forEach(point -> {
            JsonNode latency = point.path("latency");
            if (latency.isMissingNode() || latency.isNull()) {
                return;
            }
            chart.add(Instant.parse(point.path("window").path("end").asString()).getEpochSecond(),
                    Map.of("p50", latency.path("total").path("p50Ms"), "p95", latency.path("total").path("p95Ms"),
                            "p99", latency.path("total").path("p99Ms"), "dns", latency.path("dns").path("p50Ms"),
                            "connect", latency.path("connect").path("p50Ms"), "tls", latency.path("tls").path("p50Ms"),
                            "ttfb", latency.path("ttfb").path("p50Ms")));
        });
        return chart.build(range);
    }

    /** Failure rate of the last day over the failure rate the target allows. */
    private static @Nullable Double burnRate(StatusSummary status) {
        if (status.availability24h() == null || status.slaTargetPercent() == null
                || status.slaTargetPercent() >= 100) {
            return null;
        }
        double allowed = 1 - status.slaTargetPercent() / 100;
        return (1 - status.availability24h()) / allowed;
    }

    private List<MonitorDetail.Incident> incidents(JsonNode incidents) {
        List<MonitorDetail.Incident> result = new ArrayList<>();
        incidents.forEach(incident -> {
            Instant opened = Instant.parse(incident.path("openedAt").asString());
            Instant closed = incident.hasNonNull("closedAt") ? Instant.parse(incident.path("closedAt").asString()) : null;
            result.add(new MonitorDetail.Incident(UUID.fromString(incident.path("id").asString()), opened, closed,
                    Duration.between(opened, closed == null ? clock.instant() : closed)));
        });
        return result;
    }

    private static List<MonitorDetail.AlertRow> alerts(JsonNode alerts) {
        List<MonitorDetail.AlertRow> result = new ArrayList<>();
        alerts.forEach(view -> {
            JsonNode alert = view.path("alert");
            List<MonitorDetail.Delivery> deliveries = new ArrayList<>();
            view.path("deliveries").forEach(delivery -> deliveries.add(new MonitorDetail.Delivery(
                    delivery.path("channelKind").asString(), delivery.path("outcome").asString(),
                    delivery.path("attempts").asInt(),
                    delivery.hasNonNull("lastError") ? delivery.path("lastError").asString() : null)));
            result.add(new MonitorDetail.AlertRow(alert.path("type").asString(),
                    Instant.parse(alert.path("occurredAt").asString()), deliveries));
        });
        return result;
    }
}

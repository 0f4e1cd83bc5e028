package dev.vigil.console.overview;

import dev.vigil.console.ConsoleProperties;
import dev.vigil.console.api.ApiClient;
import dev.vigil.console.status.StatusSummary;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Builds one overview page from one API call: the API filters, pages and joins each monitor with its status and
 * recent latency, so a page costs the same whether the tenant has five monitors or a thousand.
 */
@Component
class OverviewQueries {

    private final ApiClient api;
    private final ConsoleProperties.Overview settings;

    OverviewQueries(ApiClient api, ConsoleProperties properties) {
        this.api = api;
        this.settings = properties.overview();
    }

    OverviewPage page(String token, int page, @Nullable String state, @Nullable String kind, @Nullable String name) {
        JsonNode answer = api.overview(token, page, settings.pageSize(), state, kind, name);
        List<MonitorRow> rows = answer.path("items").valueStream().map(OverviewQueries::row).toList();
        long total = answer.path("totalElements").asLong();
        int totalPages = (int) Math.max(1, (total + settings.pageSize() - 1) / settings.pageSize());
        return new OverviewPage(rows, page, totalPages, total, state, kind, name);
    }

    static MonitorRow row(JsonNode item) {
        UUID id = UUID.fromString(item.path("id").asString());
        JsonNode status = item.path("status");
        StatusSummary summary = status.hasNonNull("monitorId") ? StatusSummary.from(status) : StatusSummary.unknown(id);
        List<Sparkline.Point> latency = item.path("latency").valueStream()
                .map(point -> new Sparkline.Point(Instant.parse(point.path("at").asString()),
                        point.hasNonNull("p95Ms") ? point.path("p95Ms").asDouble() : null))
                .toList();
        return new MonitorRow(id, item.path("name").asString(), item.path("kind").asString(),
                item.path("target").asString(), item.path("intervalSeconds").asInt(),
                item.path("enabled").asBoolean(true), item.path("inMaintenance").asBoolean(false),
                summary.withState(item.path("state").asString(summary.state())), Sparkline.of(latency));
    }
}

package dev.vigil.console.overview;

import dev.vigil.console.ConsoleProperties;
import dev.vigil.console.api.ApiClient;
import dev.vigil.console.status.StatusSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Builds one overview page: a page of monitors from the API and each one's status, fetched side by side on
 * virtual threads so a page of a hundred costs about as long as the slowest few status calls, not their sum.
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
        String enabledFilter = "paused".equals(state) ? "paused" : null;
        JsonNode monitors = api.monitors(token, page, settings.pageSize(), enabledFilter, kind);
        List<JsonNode> items = monitors.path("items").valueStream()
                .filter(monitor -> name == null || monitor.path("name").asString().toLowerCase(Locale.ROOT)
                        .contains(name.toLowerCase(Locale.ROOT)))
                .toList();
        List<MonitorRow> rows = withStatuses(token, items).stream()
                .filter(row -> state == null || row.status().state().equals(state))
                .toList();
        long total = monitors.path("totalElements").asLong();
        int totalPages = (int) Math.max(1, (total + settings.pageSize() - 1) / settings.pageSize());
        return new OverviewPage(rows, page, totalPages, total, state, kind, name);
    }

    private List<MonitorRow> withStatuses(String token, List<JsonNode> monitors) {
        var permits = new Semaphore(settings.statusConcurrency());
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<MonitorRow>> rows = new ArrayList<>();
            for (JsonNode monitor : monitors) {
                rows.add(threads.submit(() -> {
                    permits.acquire();
                    try {
                        return row(monitor, api.status(token, id(monitor)));
                    } finally {
                        permits.release();
                    }
                }));
            }
            List<MonitorRow> result = new ArrayList<>();
            for (Future<MonitorRow> row : rows) {
                result.add(row.get());
            }
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading statuses", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    static MonitorRow row(JsonNode monitor, JsonNode status) {
        UUID id = id(monitor);
        JsonNode check = monitor.path("check");
        boolean enabled = monitor.path("enabled").asBoolean(true);
        StatusSummary summary = status.hasNonNull("monitorId") ? StatusSummary.from(status) : StatusSummary.unknown(id);
        return new MonitorRow(id, monitor.path("name").asString(), check.path("kind").asString(),
                check.path("target").asString(), monitor.path("intervalSeconds").asInt(), enabled, summary);
    }

    private static UUID id(JsonNode monitor) {
        return UUID.fromString(monitor.path("id").asString());
    }
}

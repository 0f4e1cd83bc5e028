package dev.vigil.console.overview;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The overview as the template shows it, the same for the full page and for the table fragment htmx swaps in
 * when a filter changes.
 *
 * @param state filter by state (up, down, degraded, paused, unknown), applied to the rows shown
 * @param kind filter by check kind, passed to the API
 * @param name filter by a part of the name, case-insensitive
 */
public record OverviewPage(List<MonitorRow> rows, int page, int totalPages, long totalMonitors,
        @Nullable String state, @Nullable String kind, @Nullable String name) {

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages;
    }
}

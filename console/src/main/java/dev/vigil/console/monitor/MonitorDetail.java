package dev.vigil.console.monitor;

import dev.vigil.console.status.StatusSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Everything the monitor page shows, read from the API in one go.
 *
 * @param latency total latency by window label (1m, 5m, 1h), from the status
 * @param errorBudgetRemaining unspent fraction of the SLA period's error budget, negative once overspent
 * @param burnRate how fast the budget burns: the last day's failure rate over the rate the target allows, 1 = on
 *     budget; null while availability or target is unknown
 */
public record MonitorDetail(UUID id, String name, String kind, String target, int intervalSeconds, boolean enabled,
        StatusSummary status, List<WindowLatency> latency, @Nullable Double errorBudgetRemaining,
        @Nullable Double burnRate, @Nullable Integer tlsDaysRemaining, List<Incident> incidents,
        List<AlertRow> alerts) {

    /** Latency percentiles of the latest window of one size. */
    public record WindowLatency(String window, double p50Ms, double p95Ms, double p99Ms) {
    }

    public record Incident(UUID id, Instant openedAt, @Nullable Instant closedAt, Duration duration) {

        public boolean open() {
            return closedAt == null;
        }
    }

    public record AlertRow(String type, Instant occurredAt, List<Delivery> deliveries) {
    }

    /** What became of one alert on one channel. */
    public record Delivery(String channelKind, String outcome, int attempts, @Nullable String lastError) {
    }
}

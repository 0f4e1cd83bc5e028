package dev.vigil.registry.readmodel;

import dev.vigil.contracts.stats.LatencySummary;
import dev.vigil.contracts.status.MonitorState;
import dev.vigil.contracts.status.MonitorStatus;
import dev.vigil.contracts.status.WindowedLatency;
import dev.vigil.registry.security.CurrentTenant;
import dev.vigil.registry.web.InvalidRequestException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard's view of one monitor: status, stats series, incidents and alert history, for its owner only. */
@RestController
@RequestMapping("/api/v1/monitors/{id}")
class DashboardController {

    private final MonitorOwnership ownership;
    private final DashboardQueries queries;
    private final ReadModelProperties properties;
    private final Clock clock;

    DashboardController(MonitorOwnership ownership, DashboardQueries queries, ReadModelProperties properties,
            Clock clock) {
        this.ownership = ownership;
        this.queries = queries;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/status")
    StatusView status(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
        ownership.require(id, CurrentTenant.of(jwt));
        Optional<MonitorStatus> status = queries.status(id);
        Map<String, LatencySummary> latency = new LinkedHashMap<>();
        for (WindowSize size : WindowSize.values()) {
            status.flatMap(current -> current.latencies().stream()
                            .filter(windowed -> windowed.windowSeconds() == size.seconds())
                            .map(WindowedLatency::latency)
                            .findFirst())
                    .or(() -> queries.latestLatency(id, size.seconds()))
                    .ifPresent(summary -> latency.put(size.label(), summary));
        }
        return status
                .map(current -> new StatusView(id, current.state(), current.since(), current.lastResult(),
                        current.openIncident(), latency, current.sla(), current.tlsDaysRemaining(),
                        current.updatedAt()))
                .orElseGet(() -> new StatusView(id, MonitorState.UNKNOWN, null, null, null, latency, null, null,
                        null));
    }

    @GetMapping("/stats")
    StatsSeries stats(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt,
            @RequestParam(defaultValue = "5m") String window, @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to,
            @RequestParam(required = false) @Nullable String region) {
        ownership.require(id, CurrentTenant.of(jwt));
        WindowSize size = WindowSize.parse("window", window);
        Instant end = to == null ? clock.instant() : to;
        Instant start = from == null ? end.minus(properties.defaultStatsRange()) : from;
        if (!start.isBefore(end)) {
            throw new InvalidRequestException("from", "must be before to");
        }
        return new StatsSeries(id, size.label(), start, end, queries.stats(id,
                region == null ? StatsStore.ALL_REGIONS : region, size.seconds(), start, end,
                properties.maxStatsPoints()));
    }

    @GetMapping("/incidents")
    List<IncidentView> incidents(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
        ownership.require(id, CurrentTenant.of(jwt));
        return queries.incidents(id, properties.historyLimit());
    }

    @GetMapping("/alerts")
    List<AlertView> alerts(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
        ownership.require(id, CurrentTenant.of(jwt));
        return queries.alerts(id, properties.historyLimit());
    }
}

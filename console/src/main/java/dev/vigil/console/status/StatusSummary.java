package dev.vigil.console.status;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What a row of the overview shows about a monitor's health, read from either the API's status view or a live
 * {@code status} event (the monitor-status topic's JSON), which name the last result differently.
 *
 * @param state up, down, degraded, paused or unknown, as the API spells it
 * @param lastCheck when the last probe was due; null before the first result
 * @param lastLatencyMs the last probe's total time
 * @param availability24h fraction of passed probes over 24 hours, 0 to 1
 * @param slaTargetPercent the monitor's availability target
 */
public record StatusSummary(UUID monitorId, String state, @Nullable Instant lastCheck, @Nullable Double lastLatencyMs,
        @Nullable String failure, @Nullable Double availability24h, @Nullable Double availability7d,
        @Nullable Double availability30d, @Nullable Double slaTargetPercent) {

    public static StatusSummary unknown(UUID monitorId) {
        return new StatusSummary(monitorId, "unknown", null, null, null, null, null, null, null);
    }

    public static StatusSummary from(JsonNode status) {
        JsonNode last = status.hasNonNull("lastCheck") ? status.path("lastCheck") : status.path("lastResult");
        JsonNode sla = status.path("sla");
        return new StatusSummary(UUID.fromString(status.path("monitorId").asString()),
                status.path("state").asString("unknown"),
                last.hasNonNull("at") ? Instant.parse(last.path("at").asString()) : null,
                number(last, "totalMs"),
                last.hasNonNull("errorKind") ? last.path("errorKind").asString() : null,
                number(sla, "availability24h"), number(sla, "availability7d"), number(sla, "availability30d"),
                number(sla, "targetPercent"));
    }

    /** This summary with the state a list decided, such as paused for a disabled monitor whatever its last status. */
    public StatusSummary withState(String decided) {
        return new StatusSummary(monitorId, decided, lastCheck, lastLatencyMs, failure, availability24h,
                availability7d, availability30d, slaTargetPercent);
    }

    /** The state as words, so it is never told by colour alone. */
    public String stateLabel() {
        return switch (state) {
            case "up" -> "Up";
            case "down" -> "Down";
            case "degraded" -> "Degraded";
            case "paused" -> "Paused";
            default -> "Unknown";
        };
    }

    /** Whether the 24-hour availability is below the SLA target; false while either is unknown. */
    public boolean belowTarget() {
        return availability24h != null && slaTargetPercent != null && availability24h * 100 < slaTargetPercent;
    }

    private static @Nullable Double number(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.path(field).asDouble() : null;
    }
}

package dev.vigil.registry.readmodel;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.alert.AlertDetails;
import dev.vigil.contracts.alert.AlertId;
import dev.vigil.contracts.alert.AlertType;
import dev.vigil.contracts.channel.ChannelKind;
import dev.vigil.contracts.delivery.DeliveryOutcome;
import dev.vigil.contracts.delivery.DeliveryStatus;
import dev.vigil.contracts.stats.LatencyBreakdown;
import dev.vigil.contracts.stats.LatencySummary;
import dev.vigil.contracts.stats.ServiceStats;
import dev.vigil.contracts.stats.StatsWindow;
import dev.vigil.contracts.status.IncidentRef;
import dev.vigil.contracts.status.MonitorState;
import dev.vigil.contracts.status.MonitorStatus;
import dev.vigil.contracts.status.ResultSummary;
import dev.vigil.contracts.status.SlaSummary;
import dev.vigil.contracts.status.WindowedLatency;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Valid records of the read model's topics about one monitor, as analytics and the notifier would write them. */
record Records(UUID monitorId, String tenant, UUID incidentId, Instant at) {

    static final double SLA_TARGET = 99.9;
    static final LatencySummary LATENCY = new LatencySummary(120, 110, 180, 240, 260);

    static Records about(UUID monitorId, String tenant, Instant at) {
        return new Records(monitorId, tenant, UUID.randomUUID(), at);
    }

    MonitorStatus downStatus() {
        return new MonitorStatus(monitorId, tenant, MonitorState.DOWN, at, 3, 0, new IncidentRef(incidentId, at),
                new ResultSummary(at, "eu-west", false, 503, null, 80), List.of(new WindowedLatency(300, LATENCY)),
                new SlaSummary(SLA_TARGET, 0.998, 0.999, 0.9995, 0.4), 42, at);
    }

    ServiceStats stats(int windowSeconds, Instant start) {
        return new ServiceStats(monitorId, tenant, null,
                new StatsWindow(start, start.plusSeconds(windowSeconds), windowSeconds), 10, 1, 0.9,
                new LatencyBreakdown(LATENCY, null, null, null, null), SLA_TARGET, 30, 0.999, 0.5);
    }

    Alert failureStreak() {
        return alert(AlertType.FAILURE_STREAK, at);
    }

    Alert recovery() {
        return alert(AlertType.RECOVERY, at.plusSeconds(600));
    }

    DeliveryOutcome delivery(Alert alert, UUID channelId, DeliveryStatus outcome, int attempts) {
        return new DeliveryOutcome(alert.id(), channelId, monitorId, tenant, ChannelKind.WEBHOOK, outcome, attempts,
                outcome == DeliveryStatus.DELIVERED ? null : "HTTP 503",
                outcome == DeliveryStatus.RETRYING ? alert.occurredAt().plusSeconds(30) : null,
                alert.occurredAt().plusSeconds(attempts));
    }

    private Alert alert(AlertType type, Instant occurredAt) {
        return new Alert(AlertId.of(monitorId, type, incidentId.toString()), type, monitorId, tenant, "Checkout API",
                incidentId, new AlertDetails(3, 600L, null, null, null, null, null, null, null, null, null,
                List.of("eu-west"), null, null, null), occurredAt);
    }
}

package dev.vigil.notifier;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.alert.AlertDetails;
import dev.vigil.contracts.alert.AlertType;
import dev.vigil.contracts.channel.Channel;
import dev.vigil.contracts.channel.ChannelTarget;
import dev.vigil.contracts.channel.WebhookPreset;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Alerts and channels for tests, each with fresh ids so tests sharing a broker never see each other's data. */
public final class Samples {

    private Samples() {
    }

    public static Alert failureStreak(String tenant) {
        AlertDetails details = new AlertDetails(3, 95L, null, null, null, null, null, null, null, null, null,
                List.of("eu-west"), null, "connection refused", null);
        return new Alert(UUID.randomUUID(), AlertType.FAILURE_STREAK, UUID.randomUUID(), tenant, "Checkout API",
                UUID.randomUUID(), details, Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    public static Alert latencyBreach(String tenant) {
        AlertDetails details = new AlertDetails(null, null, null, null, null, null, null, 812.0, 1490.0, 500.0, null,
                List.of(), null, null, null);
        return new Alert(UUID.randomUUID(), AlertType.LATENCY_BREACH, UUID.randomUUID(), tenant, "Search",
                null, details, Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    /** An SLA breach of the same monitor at the same moment as the given alert, as analytics raises them together. */
    public static Alert slaBreachWith(Alert lead) {
        AlertDetails details = new AlertDetails(null, null, 0.98, 99.9, -19.0, null, null, null, null, null, null,
                List.of(), null, null, null);
        return new Alert(UUID.randomUUID(), AlertType.SLA_BREACH, lead.monitorId(), lead.tenant(), lead.monitorName(),
                null, details, lead.occurredAt());
    }

    /** A fast budget burn of the same monitor at the same moment as the given alert. */
    public static Alert budgetBurnWith(Alert lead) {
        AlertDetails details = new AlertDetails(null, null, null, 99.9, -19.0, 16.7, 3600, null, null, null, null,
                List.of(), null, null, null);
        return new Alert(UUID.randomUUID(), AlertType.BUDGET_BURN, lead.monitorId(), lead.tenant(), lead.monitorName(),
                null, details, lead.occurredAt());
    }

    /** A later alert (a latency breach of "Search") on the same monitor, so it is routed after the first. */
    /** What the registry raises for "test this channel": the channel's id stands where a monitor's would. */
    public static Alert testAlert(Channel channel) {
        AlertDetails details = new AlertDetails(null, null, null, null, null, null, null, null, null, null, null,
                List.of(), null, null, "Test alert for channel '%s'".formatted(channel.name()));
        return new Alert(UUID.randomUUID(), AlertType.TEST, channel.id(), channel.tenant(), channel.name(), null,
                details, Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    public static Alert laterOnSameMonitor(Alert first) {
        Alert latency = latencyBreach(first.tenant());
        return new Alert(latency.id(), latency.type(), first.monitorId(), first.tenant(), latency.monitorName(),
                null, latency.details(), latency.occurredAt());
    }

    public static Channel email(String tenant, String address) {
        return new Channel(UUID.randomUUID(), tenant, "ops mail", new ChannelTarget.Email(address), List.of(), true, 1,
                Instant.now());
    }

    public static Channel webhook(String tenant, String url, String... plainSecrets) {
        var secrets = Arrays.stream(plainSecrets).map(secret -> Sealing.sealed(secret, null)).toList();
        return new Channel(UUID.randomUUID(), tenant, "ops hook",
                new ChannelTarget.Webhook(url, WebhookPreset.GENERIC, secrets), List.of(), true, 1, Instant.now());
    }

    public static String tenant() {
        return "tenant-" + UUID.randomUUID();
    }
}

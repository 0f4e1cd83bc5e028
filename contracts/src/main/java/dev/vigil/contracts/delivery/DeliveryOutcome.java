package dev.vigil.contracts.delivery;

import dev.vigil.contracts.Require;
import dev.vigil.contracts.channel.ChannelKind;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What became of delivering one alert to one channel, published after every attempt so the dashboard can show
 * delivery history; {@code nextAttemptAt} is present exactly while the delivery is retrying.
 */
public record DeliveryOutcome(
    UUID alertId,
    UUID channelId,
    UUID monitorId,
    String tenant,
    ChannelKind channelKind,
    DeliveryStatus outcome,
    int attempts,
    @Nullable String lastError,
    @Nullable Instant nextAttemptAt,
    Instant occurredAt) {

  public DeliveryOutcome {
    Require.present(alertId, "alertId");
    Require.present(channelId, "channelId");
    Require.present(monitorId, "monitorId");
    Require.text(tenant, "tenant");
    Require.present(channelKind, "channelKind");
    Require.present(outcome, "outcome");
    Require.atLeast(attempts, 0, "attempts");
    if (outcome == DeliveryStatus.RETRYING) {
      Require.present(nextAttemptAt, "nextAttemptAt");
    }
    Require.that(outcome == DeliveryStatus.RETRYING || nextAttemptAt == null,
        "'nextAttemptAt' must be absent unless the delivery is retrying");
    Require.present(occurredAt, "occurredAt");
  }
}

package dev.vigil.registry.readmodel;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The latest outcome of delivering an alert to one channel. */
record DeliveryView(UUID channelId, String channelKind, String outcome, int attempts, @Nullable String lastError,
        @Nullable Instant nextAttemptAt, Instant occurredAt) {
}

package dev.vigil.notifier.delivery;

import dev.vigil.contracts.alert.Alert;
import java.util.UUID;

/**
 * One alert to be delivered to one channel: the unit that is logged, retried and dead-lettered, so a failing channel
 * retries alone. The channel travels by id and is looked up at each attempt, so an edit or a deletion takes effect.
 */
public record DeliveryTask(UUID channelId, Alert alert) {
}

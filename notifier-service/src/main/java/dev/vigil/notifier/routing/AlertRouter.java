package dev.vigil.notifier.routing;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.alert.AlertType;
import dev.vigil.contracts.channel.Channel;
import java.util.Collection;
import java.util.List;

/**
 * Decides which channels an alert goes to: every enabled channel of the alert's own tenant that accepts its type.
 * A test alert (sent by the registry for "test this channel") names its channel in {@code monitorId} and goes to
 * that channel only, whatever the channel's type filter, so a user can try a channel before subscribing it.
 */
final class AlertRouter {

    private AlertRouter() {
    }

    static List<Channel> targets(Alert alert, Collection<Channel> candidates) {
        return candidates.stream()
                .filter(channel -> channel.tenant().equals(alert.tenant()))
                .filter(channel -> alert.type() == AlertType.TEST
                        ? channel.id().equals(alert.monitorId())
                        : channel.enabled() && channel.accepts(alert.type()))
                .toList();
    }
}

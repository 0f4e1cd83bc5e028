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
 * Alerts raised together for one incident reach a channel once: the lead carries the others, which route nowhere.
 */
final class AlertRouter {

    private AlertRouter() {
    }

    static List<Channel> targets(Alert alert, Collection<Channel> candidates) {
        if (alert.groupedInto() != null) {
            return List.of();
        }
        return candidates.stream()
                .filter(channel -> channel.tenant().equals(alert.tenant()))
                .filter(channel -> alert.type() == AlertType.TEST
                        ? channel.id().equals(alert.monitorId())
                        : channel.enabled() && acceptsAnyOf(channel, alert))
                .toList();
    }

    /** A lead reaches every channel that accepts it or any alert it carries, so no channel misses its own type. */
    private static boolean acceptsAnyOf(Channel channel, Alert alert) {
        return channel.accepts(alert.type())
                || alert.raisedWith().stream().anyMatch(companion -> channel.accepts(companion.type()));
    }
}

package dev.vigil.notifier.routing;

import dev.vigil.contracts.alert.Alert;

/**
 * The alert cannot be routed yet because this instance has not loaded its channel view; not a routing failure, so
 * the alert waits in place for as long as that takes and is never dead-lettered for it.
 */
class ChannelViewNotLoadedException extends RuntimeException {

    ChannelViewNotLoadedException(Alert alert) {
        super("channel view not loaded yet, alert " + alert.id() + " waits");
    }
}

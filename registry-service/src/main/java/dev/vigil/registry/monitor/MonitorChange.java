package dev.vigil.registry.monitor;

import java.util.Locale;

/** The outbox event types of a monitor, named on the wire in lowercase. */
enum MonitorChange {
    CREATED, UPDATED, PAUSED, RESUMED, DELETED;

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

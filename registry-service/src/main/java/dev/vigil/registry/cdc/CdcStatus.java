package dev.vigil.registry.cdc;

import org.jspecify.annotations.Nullable;

/** What this replica's CDC is doing, for health and for the log; {@code reason} says why when it is not streaming. */
record CdcStatus(Phase phase, @Nullable String reason) {

    enum Phase {
        /** Another replica holds leadership, or none has been taken yet. */
        STANDBY,
        /** This replica leads and its engine publishes the outbox. */
        STREAMING,
        /** This replica leads, its engine failed and starts again after the backoff. */
        RESTARTING,
        /** This replica leads and will not stream: the slot lost changes and an operator must decide. */
        SLOT_LOST
    }

    static CdcStatus standby() {
        return new CdcStatus(Phase.STANDBY, null);
    }

    static CdcStatus streaming() {
        return new CdcStatus(Phase.STREAMING, null);
    }
}

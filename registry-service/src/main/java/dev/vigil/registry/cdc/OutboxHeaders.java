package dev.vigil.registry.cdc;

/** Headers every record published from the outbox carries, so consumers can drop the duplicates a restart causes. */
public final class OutboxHeaders {

    /** The outbox row id, a UUID string: equal ids are the same change delivered twice. */
    public static final String EVENT_ID = "vigil-event-id";

    /** The outbox row's event type, for example monitor_created. */
    public static final String EVENT_TYPE = "vigil-event-type";

    private OutboxHeaders() {
    }
}

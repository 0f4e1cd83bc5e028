package dev.vigil.gateway.live;

/** The SSE {@code event:} names of the live stream; clients subscribe to them by name. */
enum LiveEventType {
    STATUS("status"),
    ALERT("alert");

    private final String eventName;

    LiveEventType(String eventName) {
        this.eventName = eventName;
    }

    String eventName() {
        return eventName;
    }
}

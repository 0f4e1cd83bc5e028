package dev.vigil.registry.outbox;

/** The aggregate types the CDC engine routes: monitors and channels to their topics, test alerts to the alerts topic. */
public enum Aggregate {
    MONITOR("monitor"),
    CHANNEL("channel"),
    ALERT("alert");

    private final String wireName;

    Aggregate(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}

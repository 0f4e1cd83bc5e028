package dev.vigil.gateway.live;

/**
 * One thing a tenant's dashboard wants to hear about as it happens, already serialised as the
 * topic's public JSON so the stream shows exactly what downstream consumers see.
 */
record LiveEvent(String tenant, LiveEventType type, String id, String json) {
}

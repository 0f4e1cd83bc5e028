package dev.vigil.gateway.live;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/** Counts each tenant's open live streams, so one tenant cannot hold all of a gateway's connections. */
final class LiveStreamQuota {

    private final int maxPerTenant;
    private final ConcurrentHashMap<String, Integer> open = new ConcurrentHashMap<>();

    LiveStreamQuota(int maxPerTenant) {
        this.maxPerTenant = maxPerTenant;
    }

    /** Takes a place for one more stream of this tenant; false when it already has the most allowed. */
    boolean tryOpen(String tenant) {
        var granted = new AtomicBoolean();
        open.compute(tenant, (key, streams) -> {
            int current = streams == null ? 0 : streams;
            if (current >= maxPerTenant) {
                return streams;
            }
            granted.set(true);
            return current + 1;
        });
        return granted.get();
    }

    void close(String tenant) {
        open.computeIfPresent(tenant, (key, streams) -> streams <= 1 ? null : streams - 1);
    }

    int maxPerTenant() {
        return maxPerTenant;
    }

    /** Streams open on this gateway instance, all tenants together. */
    int openStreams() {
        return open.values().stream().mapToInt(Integer::intValue).sum();
    }
}

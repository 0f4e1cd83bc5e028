package dev.vigil.gateway.ratelimit;

import dev.vigil.gateway.GatewayProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/**
 * Token buckets in this gateway's memory: exact and free, but per replica, so N replicas allow a
 * tenant up to N times the configured rate. Idle buckets are dropped on access sweeps.
 */
final class InMemoryTokenBuckets implements TenantRateLimiter {

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final GatewayProperties.RateLimit limits;
    private final Clock clock;

    InMemoryTokenBuckets(GatewayProperties.RateLimit limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public Mono<RateLimitDecision> tryAcquire(String tenant) {
        long now = nanos();
        return Mono.just(buckets.computeIfAbsent(tenant, key -> new Bucket(limits.burstCapacity(), now)).take(now));
    }

    /** Forgets buckets idle long enough to be full again: they hold no information. */
    void evictIdle() {
        long cutoff = nanos() - limits.idleEviction().toNanos();
        buckets.values().removeIf(bucket -> bucket.lastSeenBefore(cutoff));
    }

    int size() {
        return buckets.size();
    }

    private long nanos() {
        return Duration.between(Instant.EPOCH, clock.instant()).toNanos();
    }

    private final class Bucket {
        private double tokens;
        private long updatedAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updatedAt = now;
        }

        synchronized RateLimitDecision take(long now) {
            double refill = (now - updatedAt) / NANOS_PER_SECOND * limits.replenishPerSecond();
            tokens = Math.min(limits.burstCapacity(), tokens + Math.max(0, refill));
            updatedAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return RateLimitDecision.allow((long) tokens);
            }
            double secondsToNextToken = (1 - tokens) / limits.replenishPerSecond();
            return RateLimitDecision.deny(Duration.ofNanos((long) Math.ceil(secondsToNextToken * NANOS_PER_SECOND)));
        }

        synchronized boolean lastSeenBefore(long cutoff) {
            return updatedAt < cutoff;
        }
    }
}

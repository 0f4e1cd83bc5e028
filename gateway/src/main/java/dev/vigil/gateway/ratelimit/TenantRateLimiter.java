package dev.vigil.gateway.ratelimit;

import reactor.core.publisher.Mono;

/** A token bucket per tenant; the store behind it is a deployment choice. */
interface TenantRateLimiter {

    Mono<RateLimitDecision> tryAcquire(String tenant);
}

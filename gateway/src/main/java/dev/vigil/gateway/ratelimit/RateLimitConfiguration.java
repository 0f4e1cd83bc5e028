package dev.vigil.gateway.ratelimit;

import dev.vigil.gateway.GatewayProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

/** Picks the bucket store the deployment asked for and keeps in-memory buckets from growing without bound. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    TenantRateLimiter tenantRateLimiter(GatewayProperties properties, Clock clock,
            ObjectProvider<ReactiveStringRedisTemplate> redis, MeterRegistry meters) {
        GatewayProperties.RateLimit limits = properties.rateLimit();
        // Registered whatever the store, so the fail-open alert rule has a series (zero) to read on every gateway.
        Counter storeErrors = Counter.builder("vigil.gateway.rate.limit.store.errors")
                .description("Rate-limit checks that failed open because Redis did not answer")
                .register(meters);
        return switch (limits.store()) {
            case MEMORY -> new InMemoryTokenBuckets(limits, clock);
            case REDIS -> new RedisTokenBuckets(redis.getObject(), limits, clock, storeErrors);
        };
    }

    @Bean(destroyMethod = "dispose")
    Disposable idleBucketEviction(TenantRateLimiter limiter, GatewayProperties properties) {
        if (!(limiter instanceof InMemoryTokenBuckets buckets)) {
            return () -> { };
        }
        return Flux.interval(properties.rateLimit().idleEviction()).subscribe(tick -> buckets.evictIdle());
    }

    @Bean
    TenantRateLimitFilter tenantRateLimitFilter(TenantRateLimiter limiter, MeterRegistry meters) {
        return new TenantRateLimitFilter(limiter, meters);
    }
}

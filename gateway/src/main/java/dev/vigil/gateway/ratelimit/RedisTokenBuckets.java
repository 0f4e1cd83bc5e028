package dev.vigil.gateway.ratelimit;

import dev.vigil.gateway.GatewayProperties;
import io.micrometer.core.instrument.Counter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;

/**
 * Token buckets shared by every gateway replica in Redis, using Spring Cloud Gateway's own atomic
 * Lua script. When Redis is down or slow the limiter fails open: requests pass and each failure is
 * counted, because refusing all API traffic over a rate-limit store outage would be worse than
 * briefly not limiting it.
 */
final class RedisTokenBuckets implements TenantRateLimiter {

    private static final Logger log = LoggerFactory.getLogger(RedisTokenBuckets.class);
    private static final String SCRIPT = "META-INF/scripts/request_rate_limiter.lua";
    private static final String KEY_PREFIX = "vigil.gateway.rate-limit.{";
    private static final Duration STORE_TIMEOUT = Duration.ofMillis(250);

    private final ReactiveStringRedisTemplate redis;
    private final RedisScript<List<Long>> script;
    private final GatewayProperties.RateLimit limits;
    private final Clock clock;
    private final Counter storeErrors;

    @SuppressWarnings({"unchecked", "rawtypes"})
    RedisTokenBuckets(ReactiveStringRedisTemplate redis, GatewayProperties.RateLimit limits, Clock clock,
            Counter storeErrors) {
        this.redis = redis;
        this.script = (RedisScript<List<Long>>) (RedisScript) RedisScript.of(new ClassPathResource(SCRIPT), List.class);
        this.limits = limits;
        this.clock = clock;
        this.storeErrors = storeErrors;
    }

    @Override
    public Mono<RateLimitDecision> tryAcquire(String tenant) {
        String base = KEY_PREFIX + tenant + "}";
        List<String> keys = List.of(base + ".tokens", base + ".timestamp");
        List<String> args = List.of(String.valueOf(limits.replenishPerSecond()), String.valueOf(limits.burstCapacity()),
                String.valueOf(clock.instant().getEpochSecond()), "1");
        return redis.execute(script, keys, args)
                .next()
                .timeout(STORE_TIMEOUT)
                .map(this::decision)
                .onErrorResume(error -> {
                    storeErrors.increment();
                    log.atWarn().addKeyValue("tenant", tenant).addKeyValue("error", error.toString())
                            .log("rate limit store unavailable, request allowed");
                    return Mono.just(RateLimitDecision.allow(limits.burstCapacity()));
                });
    }

    private RateLimitDecision decision(List<Long> result) {
        boolean allowed = result.get(0) == 1L;
        return allowed ? RateLimitDecision.allow(result.get(1))
                : RateLimitDecision.deny(Duration.ofSeconds(1).dividedBy(limits.replenishPerSecond()));
    }
}

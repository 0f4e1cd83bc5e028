package dev.vigil.gateway.ratelimit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * One instant for every gateway context of a test JVM: Redis buckets refill by whole seconds of the
 * gateway's clock, so a moving clock could hand out a token mid-test, and two replicas frozen at
 * different instants would refill each other's buckets. Frozen, a bucket's level depends on requests only.
 */
@TestConfiguration(proxyBeanMethods = false)
class FrozenClockConfiguration {

    static final Clock FROZEN = Clock.fixed(Instant.now(), ZoneOffset.UTC);

    @Bean
    @Primary
    Clock frozenClock() {
        return FROZEN;
    }
}

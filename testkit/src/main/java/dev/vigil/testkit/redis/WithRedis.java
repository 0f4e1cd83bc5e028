package dev.vigil.testkit.redis;

import dev.vigil.testkit.InfrastructureExtension;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test class the shared {@link RedisServer}: as a test parameter, and in a Spring test as
 * {@code spring.data.redis.host} and {@code spring.data.redis.port}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(InfrastructureExtension.class)
public @interface WithRedis {
}

package dev.vigil.testkit.kafka;

import dev.vigil.testkit.InfrastructureExtension;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test class the shared {@link KafkaBroker}: as a test parameter, and in a Spring test as
 * {@code spring.kafka.bootstrap-servers}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(InfrastructureExtension.class)
public @interface WithKafka {
}

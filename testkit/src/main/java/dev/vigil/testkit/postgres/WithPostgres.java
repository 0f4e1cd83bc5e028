package dev.vigil.testkit.postgres;

import dev.vigil.testkit.InfrastructureExtension;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test class a database on the shared {@link PostgresServer}: as a {@link TestDatabase}
 * parameter, and in a Spring test as the {@code spring.datasource.*} properties.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(InfrastructureExtension.class)
public @interface WithPostgres {

    /** A database of the test class's own instead of the shared one, so no rows leak between classes. */
    boolean freshDatabase() default false;
}

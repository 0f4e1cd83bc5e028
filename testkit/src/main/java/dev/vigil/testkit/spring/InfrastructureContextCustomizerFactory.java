package dev.vigil.testkit.spring;

import dev.vigil.testkit.kafka.WithKafka;
import dev.vigil.testkit.keycloak.WithKeycloak;
import dev.vigil.testkit.mail.WithMail;
import dev.vigil.testkit.postgres.PostgresServer;
import dev.vigil.testkit.postgres.WithPostgres;
import dev.vigil.testkit.redis.WithRedis;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Lets a Spring test say {@code @WithKafka}, {@code @WithPostgres}, {@code @WithKeycloak},
 * {@code @WithMail} or {@code @WithRedis} and find the matching Spring Boot properties set, without a
 * {@code @DynamicPropertySource} method in every test class. Registered in META-INF/spring.factories.
 */
public final class InfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        var requested = new RequestedInfrastructure(
                present(testClass, WithKafka.class),
                databaseName(testClass),
                present(testClass, WithKeycloak.class),
                present(testClass, WithMail.class),
                present(testClass, WithRedis.class));
        return requested.isEmpty() ? null : new InfrastructureContextCustomizer(requested);
    }

    private static boolean present(Class<?> testClass, Class<? extends java.lang.annotation.Annotation> type) {
        return TestContextAnnotationUtils.hasAnnotation(testClass, type);
    }

    private static @Nullable String databaseName(Class<?> testClass) {
        WithPostgres annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass, WithPostgres.class);
        if (annotation == null) {
            return null;
        }
        // Only the name is decided here: the server starts when the context is built, not when it is cached.
        return annotation.freshDatabase() ? PostgresServer.databaseNameFor(testClass) : PostgresServer.SHARED_DATABASE;
    }
}

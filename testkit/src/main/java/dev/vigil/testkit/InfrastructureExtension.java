package dev.vigil.testkit;

import dev.vigil.testkit.kafka.KafkaBroker;
import dev.vigil.testkit.mail.MailServer;
import dev.vigil.testkit.postgres.PostgresServer;
import dev.vigil.testkit.postgres.TestDatabase;
import dev.vigil.testkit.postgres.WithPostgres;
import dev.vigil.testkit.redis.RedisServer;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Hands the shared servers to test constructors and methods; each starts on first request, so a
 * test class pays only for the infrastructure it asks for.
 */
public final class InfrastructureExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == KafkaBroker.class || type == PostgresServer.class || type == TestDatabase.class
                || type == MailServer.class || type == RedisServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == KafkaBroker.class) {
            return KafkaBroker.shared();
        }
        if (type == MailServer.class) {
            return MailServer.shared();
        }
        if (type == RedisServer.class) {
            return RedisServer.shared();
        }
        if (type == PostgresServer.class) {
            return PostgresServer.shared();
        }
        return databaseFor(context.getRequiredTestClass());
    }

    static TestDatabase databaseFor(Class<?> testClass) {
        boolean fresh = AnnotationSupport.findAnnotation(testClass, WithPostgres.class)
                .map(WithPostgres::freshDatabase)
                .orElse(false);
        return fresh ? PostgresServer.shared().databaseFor(testClass) : PostgresServer.shared().database();
    }
}

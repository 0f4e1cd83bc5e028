package dev.vigil.testkit.spring;

import dev.vigil.testkit.kafka.KafkaBroker;
import dev.vigil.testkit.keycloak.KeycloakServer;
import dev.vigil.testkit.mail.MailServer;
import dev.vigil.testkit.postgres.PostgresServer;
import dev.vigil.testkit.redis.RedisServer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/** Starts the requested servers when the context is built and puts their coordinates first in the environment. */
record InfrastructureContextCustomizer(RequestedInfrastructure requested) implements ContextCustomizer {

    private static final String PROPERTY_SOURCE_NAME = "vigilTestkitInfrastructure";

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (requested.kafka()) {
            properties.putAll(KafkaBroker.shared().springProperties());
        }
        if (requested.database() != null) {
            properties.putAll(PostgresServer.shared().database(requested.database()).springProperties());
        }
        if (requested.keycloak()) {
            properties.putAll(KeycloakServer.shared().springProperties());
        }
        if (requested.mail()) {
            properties.putAll(MailServer.shared().springProperties());
        }
        if (requested.redis()) {
            properties.putAll(RedisServer.shared().springProperties());
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, properties));
    }
}

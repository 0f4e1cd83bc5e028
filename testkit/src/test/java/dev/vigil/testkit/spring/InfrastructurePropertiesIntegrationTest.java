package dev.vigil.testkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.testkit.kafka.KafkaBroker;
import dev.vigil.testkit.kafka.WithKafka;
import dev.vigil.testkit.keycloak.KeycloakServer;
import dev.vigil.testkit.keycloak.WithKeycloak;
import dev.vigil.testkit.mail.MailServer;
import dev.vigil.testkit.mail.WithMail;
import dev.vigil.testkit.postgres.PostgresServer;
import dev.vigil.testkit.postgres.WithPostgres;
import dev.vigil.testkit.redis.RedisServer;
import dev.vigil.testkit.redis.WithRedis;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

@WithKafka
@WithPostgres(freshDatabase = true)
@WithKeycloak
@WithMail
@WithRedis
@SpringJUnitConfig(InfrastructurePropertiesIntegrationTest.EmptyConfiguration.class)
class InfrastructurePropertiesIntegrationTest {

    @Autowired
    private Environment environment;

    @Test
    void kafkaBootstrapServersPointAtTheSharedBroker() {
        assertThat(environment.getProperty("spring.kafka.bootstrap-servers"))
                .isEqualTo(KafkaBroker.shared().bootstrapServers());
    }

    @Test
    void theDatasourceIsTheTestClassesOwnDatabase() {
        assertThat(environment.getProperty("spring.datasource.url"))
                .endsWith("/" + PostgresServer.databaseNameFor(InfrastructurePropertiesIntegrationTest.class));
    }

    @Test
    void theResourceServerTrustsTheRealKeycloakIssuer() {
        assertThat(environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri"))
                .isEqualTo(KeycloakServer.shared().issuerUri().toString());
    }

    @Test
    void mailGoesToTheSharedSmtpServer() {
        assertThat(environment.getProperty("spring.mail.port", Integer.class)).isEqualTo(MailServer.shared().smtpPort());
    }

    @Test
    void redisIsTheSharedServer() {
        assertThat(environment.getProperty("spring.data.redis.port", Integer.class)).isEqualTo(RedisServer.shared().port());
    }

    @Configuration(proxyBeanMethods = false)
    static class EmptyConfiguration {
    }
}

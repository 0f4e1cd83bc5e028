package dev.vigil.localstack;

import dev.vigil.testkit.postgres.TestDatabase;
import java.net.URI;

/** Where the running infrastructure answers: what the services' configuration is made of. */
record Infrastructure(String kafkaBootstrapServers, URI issuerUri, URI jwksUri, TestDatabase registryDatabase,
        TestDatabase notifierDatabase, String smtpHost, int smtpPort) {
}

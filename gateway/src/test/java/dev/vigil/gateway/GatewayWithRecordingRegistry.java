package dev.vigil.gateway;

import dev.vigil.testkit.http.RecordingHttpServer;
import dev.vigil.testkit.kafka.WithKafka;
import dev.vigil.testkit.keycloak.WithKeycloak;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The running gateway with real Keycloak tokens in front of a recording stand-in for the registry,
 * so a test sees both what the client got and what the registry received.
 */
@WithKafka
@WithKeycloak
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class GatewayWithRecordingRegistry {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** One per test JVM, shared by every subclass and stopped with the JVM: a subclass must not close it. */
    protected static final RecordingHttpServer registry = RecordingHttpServer.start();

    @LocalServerPort
    private int port;

    protected WebTestClient client;

    @DynamicPropertySource
    static void registryUri(DynamicPropertyRegistry properties) {
        properties.add("vigil.gateway.registry-uri", registry::uri);
    }

    @BeforeEach
    void bindClient() {
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(TIMEOUT).build();
    }
}

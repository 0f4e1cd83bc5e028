package dev.vigil.gateway.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.contracts.json.ContractsJson;
import dev.vigil.contracts.status.MonitorStatus;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.testkit.kafka.KafkaBroker;
import dev.vigil.testkit.kafka.WithKafka;
import dev.vigil.testkit.keycloak.DemoUser;
import dev.vigil.testkit.keycloak.KeycloakServer;
import dev.vigil.testkit.keycloak.WithKeycloak;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

@WithKafka
@WithKeycloak
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LiveStreamIntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @LocalServerPort
    private int port;

    @BeforeAll
    static void topics() {
        KafkaBroker.shared().createTopics(Topics.MONITOR_STATUS, Topics.ALERTS);
    }

    @Test
    void aTenantsStreamCarriesItsOwnStatusChangesAndNoOtherTenants() throws IOException {
        List<ServerSentEvent<String>> received = new CopyOnWriteArrayList<>();
        Disposable stream = WebClient.create("http://localhost:" + port).get().uri("/api/v1/live")
                .headers(h -> h.setBearerAuth(KeycloakServer.shared().accessToken(DemoUser.ALICE)))
                .accept(MediaType.TEXT_EVENT_STREAM)
                .retrieve()
                .bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() { })
                .filter(event -> event.event() != null)
                .subscribe(received::add);
        try {
            MonitorStatus alices = status(DemoUser.ALICE);
            MonitorStatus bobs = status(DemoUser.BOB);
            // The feed starts at the topic's end once it has its partitions: keep publishing until it listens.
            await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(500)).until(() -> {
                KafkaBroker.shared().send(Topics.MONITOR_STATUS, bobs.monitorId(), bobs);
                KafkaBroker.shared().send(Topics.MONITOR_STATUS, alices.monitorId(), alices);
                return !received.isEmpty();
            });
        } finally {
            stream.dispose();
        }

        assertThat(received).allSatisfy(event -> {
            assertThat(event.event()).isEqualTo("status");
            assertThat(event.data()).contains(DemoUser.ALICE.id().toString())
                    .doesNotContain(DemoUser.BOB.id().toString());
        });
    }

    @Test
    void theLiveStreamNeedsAToken() {
        var status = WebClient.create("http://localhost:" + port).get().uri("/api/v1/live")
                .exchangeToMono(response -> Mono.just(response.statusCode().value()))
                .block(TIMEOUT);

        assertThat(status).isEqualTo(401);
    }

    /** The published example status, owned by the given user and about a monitor of its own. */
    private static MonitorStatus status(DemoUser owner) throws IOException {
        try (InputStream example = MonitorStatus.class.getResourceAsStream("/examples/vigil.monitor-status.v1.json")) {
            String json = new String(example.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("8c5e6f7a-1b2c-4d3e-9f40-a1b2c3d4e5f6", owner.id().toString())
                    .replace("3f2b8c1e-6a4d-4e0b-9c57-2d8e1f6a7b90", UUID.randomUUID().toString());
            return ContractsJson.mapper().readValue(json, MonitorStatus.class);
        }
    }
}

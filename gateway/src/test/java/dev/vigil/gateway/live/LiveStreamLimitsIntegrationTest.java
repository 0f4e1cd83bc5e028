package dev.vigil.gateway.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.contracts.json.ContractsJson;
import dev.vigil.testkit.keycloak.DemoUser;
import dev.vigil.testkit.keycloak.KeycloakServer;
import dev.vigil.testkit.keycloak.WithKeycloak;
import dev.vigil.testkit.kafka.WithKafka;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@WithKafka
@WithKeycloak
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "vigil.gateway.live.heartbeat=1s",
    "vigil.gateway.live.max-streams-per-tenant=" + LiveStreamLimitsIntegrationTest.MAX_STREAMS
})
class LiveStreamLimitsIntegrationTest {

    static final int MAX_STREAMS = 2;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** exp is in whole seconds, and the gateway's clock may read a little behind the test's. */
    private static final Duration CLOCK_TOLERANCE = Duration.ofSeconds(1);
    private static final ParameterizedTypeReference<ServerSentEvent<String>> EVENT = new ParameterizedTypeReference<>() { };

    @LocalServerPort
    private int port;

    @Test
    void aStreamEndsWhenTheTokenThatOpenedItExpires() {
        String token = KeycloakServer.shared().shortLivedAccessToken(DemoUser.ALICE);
        Instant expiresAt = expiryOf(token);
        var keepAlives = new AtomicInteger();

        Instant ended = open(token).doOnNext(event -> keepAlives.incrementAndGet())
                .then(Mono.fromSupplier(Instant::now))
                .block(KeycloakServer.SHORT_LIVED_TOKEN_LIFESPAN.plus(TIMEOUT));

        assertThat(keepAlives).as("keep-alives while the token was valid").hasPositiveValue();
        assertThat(ended).isAfterOrEqualTo(expiresAt.minus(CLOCK_TOLERANCE));
    }

    @Test
    void aTenantBeyondItsStreamLimitIsRefusedWith429ProblemJson() {
        String token = KeycloakServer.shared().accessToken(DemoUser.BOB);
        List<AtomicInteger> received = new ArrayList<>();
        List<Disposable> streams = new ArrayList<>();
        try {
            for (int i = 0; i < MAX_STREAMS; i++) {
                var events = new AtomicInteger();
                received.add(events);
                streams.add(open(token).subscribe(event -> events.incrementAndGet()));
            }
            await().atMost(TIMEOUT).until(() -> received.stream().allMatch(events -> events.get() > 0));

            var refusal = WebClient.create("http://localhost:" + port).get().uri("/api/v1/live")
                    .headers(h -> h.setBearerAuth(token))
                    .accept(MediaType.TEXT_EVENT_STREAM)
                    .exchangeToMono(response -> Mono.just(response.statusCode().value() + " "
                            + response.headers().contentType().map(MediaType::toString).orElse("")))
                    .block(TIMEOUT);

            assertThat(refusal).isEqualTo("429 " + MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        } finally {
            streams.forEach(Disposable::dispose);
        }
    }

    private Flux<ServerSentEvent<String>> open(String token) {
        return WebClient.create("http://localhost:" + port).get().uri("/api/v1/live")
                .headers(h -> h.setBearerAuth(token))
                .accept(MediaType.TEXT_EVENT_STREAM)
                .retrieve()
                .bodyToFlux(EVENT);
    }

    private static Instant expiryOf(String token) {
        byte[] claims = Base64.getUrlDecoder().decode(token.split("\\.")[1]);
        long exp = ContractsJson.mapper().readTree(new String(claims, StandardCharsets.UTF_8)).get("exp").asLong();
        return Instant.ofEpochSecond(exp);
    }
}

package dev.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.testkit.FreePorts;
import dev.vigil.testkit.keycloak.DemoUser;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/v1/live} carries a tenant's own state changes and alerts as they happen, fed from Kafka,
 * and nothing of anyone else's, while alice's monitors keep changing on the same feed.
 */
class LiveStreamIntegrationTest {

    private static final Duration HEARD = Duration.ofSeconds(90);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DATA = "data:";
    private static final int OK = 200;

    private static VigilSystem system;
    private static AliceMission mission;

    private final List<CompletableFuture<HttpResponse<Stream<String>>>> streams = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void aliceMonitorsTheDemoTarget() {
        system = VigilSystem.shared();
        mission = AliceMission.shared(system);
    }

    @AfterEach
    void hangUp() {
        // Closing the body stream cancels the HTTP exchange; the reading thread then ends.
        streams.forEach(stream -> stream.thenAccept(response -> response.body().close()));
    }

    @Test
    void bobHearsHisOwnMonitorGoDownAndNothingOfAlices() {
        String bob = system.tokens().of(DemoUser.BOB);
        List<JsonNode> heard = listen(bob);
        // Nothing listens on a port just found free: every round fails with a refused connection.
        URI nowhere = URI.create("http://127.0.0.1:" + FreePorts.find(1).getFirst() + "/");
        UUID bobsMonitor = AliceMission.monitor(system, bob, "bob's unreachable", nowhere, "");

        await("bob's failure streak on his live stream").atMost(HEARD)
                .until(() -> heard.stream().anyMatch(event -> isAbout(event, bobsMonitor)
                        && "failure_streak".equals(event.path("type").asString())));

        assertThat(heard).allSatisfy(event ->
                assertThat(event.get("tenant").asString()).isEqualTo(DemoUser.BOB.id().toString()));
    }

    @Test
    void aliceHearsHerOwnMonitorsOnHerStream() {
        List<JsonNode> heard = listen(system.tokens().of(DemoUser.ALICE));

        await("a state change of alice's flaky monitor").atMost(HEARD)
                .until(() -> heard.stream().anyMatch(event -> isAbout(event, mission.flaky())));

        assertThat(heard).allSatisfy(event ->
                assertThat(event.get("tenant").asString()).isEqualTo(DemoUser.ALICE.id().toString()));
    }

    /** Opens the stream and collects the JSON of every event as it arrives. */
    private List<JsonNode> listen(String token) {
        List<JsonNode> heard = new CopyOnWriteArrayList<>();
        var request = system.gateway().request(token, "/api/v1/live").timeout(HEARD.multipliedBy(2))
                .header("Accept", "text/event-stream").GET().build();
        CompletableFuture<HttpResponse<Stream<String>>> response = system.gateway().client()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        streams.add(response);
        response.thenAcceptAsync(stream -> {
            if (stream.statusCode() == OK) {
                stream.body().filter(line -> line.startsWith(DATA))
                        .forEach(line -> heard.add(JSON.readTree(line.substring(DATA.length()))));
            }
        });
        return heard;
    }

    private static boolean isAbout(JsonNode event, UUID monitor) {
        return monitor.toString().equals(event.path("monitorId").asString());
    }
}

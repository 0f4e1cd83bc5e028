package dev.vigil.registry.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.registry.api.ApiClient;
import dev.vigil.registry.api.Monitors;
import dev.vigil.registry.api.WithoutKafka;
import dev.vigil.testkit.keycloak.DemoUser;
import dev.vigil.testkit.keycloak.KeycloakServer;
import dev.vigil.testkit.keycloak.WithKeycloak;
import dev.vigil.testkit.postgres.WithPostgres;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        WithoutKafka.CDC_OFF, WithoutKafka.NO_TOPIC_CREATION, "spring.kafka.listener.auto-startup=false"})
@WithPostgres(freshDatabase = true)
@WithKeycloak
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverviewEndpointIntegrationTest {

    @LocalServerPort
    private int port;

    @Autowired
    private StatusStore statuses;

    @Autowired
    private StatsStore stats;

    private ApiClient api;
    private String alice;
    private UUID down;
    private UUID paused;
    private UUID maintained;
    private UUID fresh;

    @BeforeAll
    void aliceHasMonitorsInEveryState() {
        api = new ApiClient(port);
        alice = KeycloakServer.shared().accessToken(DemoUser.ALICE);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        down = create(Monitors.tcp("Alice DB"));
        paused = create(Monitors.tcp("alice paused cache"));
        api.post(alice, "/api/v1/monitors/" + paused + "/pause", null);
        maintained = create("""
                {"name": "alice shop", "kind": "http", "target": "https://shop.example/health", "intervalSeconds": 60,
                 "http": {"method": "get"},
                 "maintenanceWindows": [{"type": "one_off", "start": "%s", "end": "%s"}]}
                """.formatted(now.minusSeconds(3600), now.plusSeconds(3600)));
        fresh = create(Monitors.tcp("alice 100%_new"));
        Records records = Records.about(down, tenantOf(down), now.minusSeconds(600));
        statuses.save(records.downStatus());
        stats.save(records.stats(60, now.minusSeconds(120)));
        stats.save(records.stats(60, now.minusSeconds(60)));
        stats.save(records.stats(300, now.minusSeconds(300)));
        stats.save(records.stats(60, now.minusSeconds(3 * 3600)));
    }

    @Test
    void everyMonitorIsListedWithItsStateInOneAnswer() {
        JsonNode page = api.get(alice, "/api/v1/overview").body();

        assertThat(page.get("totalElements").asLong()).isEqualTo(4);
        assertThat(stateOf(page, down)).isEqualTo("down");
        assertThat(stateOf(page, paused)).isEqualTo("paused");
        assertThat(stateOf(page, fresh)).isEqualTo("unknown");
        assertThat(row(page, down).get("status").get("sla").get("availability24h").asDouble()).isEqualTo(0.998);
        assertThat(row(page, fresh).get("status").isNull()).isTrue();
    }

    @Test
    void monitorsAreOrderedByNameIgnoringLetterCase() {
        JsonNode page = api.get(alice, "/api/v1/overview").body();

        assertThat(page.get("items").valueStream().map(item -> item.get("name").asString()))
                .containsExactly("alice 100%_new", "Alice DB", "alice paused cache", "alice shop");
    }

    @Test
    void theLatencyLineHoldsTheLastHoursOneMinuteP95s() {
        JsonNode latency = row(api.get(alice, "/api/v1/overview").body(), down).get("latency");

        assertThat(latency.size()).as("two 1m windows in the last hour; the 5m and the old one left out").isEqualTo(2);
        assertThat(latency.get(0).get("p95Ms").asDouble()).isEqualTo(180);
        assertThat(Instant.parse(latency.get(0).get("at").asString()))
                .isBefore(Instant.parse(latency.get(1).get("at").asString()));
    }

    @Test
    void aMonitorInsideAMaintenanceWindowIsMarkedSo() {
        JsonNode page = api.get(alice, "/api/v1/overview").body();

        assertThat(row(page, maintained).get("inMaintenance").asBoolean()).isTrue();
        assertThat(row(page, down).get("inMaintenance").asBoolean()).isFalse();
    }

    @Test
    void theMaintenanceFilterListsOnlyMonitorsAWindowCoversNow() {
        JsonNode page = api.get(alice, "/api/v1/overview?state=maintenance").body();

        assertThat(ids(page)).containsExactly(maintained.toString());
        assertThat(page.get("totalElements").asLong()).isEqualTo(1);
    }

    @Test
    void theStateFilterMatchesTheStateShown() {
        assertThat(ids(api.get(alice, "/api/v1/overview?state=paused").body())).containsExactly(paused.toString());
        assertThat(ids(api.get(alice, "/api/v1/overview?state=down").body())).containsExactly(down.toString());
    }

    @Test
    void theNameFilterMatchesAPartIgnoringLetterCase() {
        assertThat(ids(api.get(alice, "/api/v1/overview?name=db").body())).containsExactly(down.toString());
    }

    @Test
    void percentAndUnderscoreInTheNameFilterMatchOnlyThemselves() {
        assertThat(ids(api.get(alice, "/api/v1/overview?name=100%25_").body())).containsExactly(fresh.toString());
        assertThat(ids(api.get(alice, "/api/v1/overview?name=_").body())).containsExactly(fresh.toString());
    }

    @Test
    void theKindFilterAndPagingApplyInTheDatabase() {
        JsonNode tcp = api.get(alice, "/api/v1/overview?kind=tcp&size=2&page=1").body();

        assertThat(tcp.get("totalElements").asLong()).isEqualTo(3);
        assertThat(ids(tcp)).containsExactly(paused.toString());
    }

    @Test
    void anotherTenantSeesNoneOfTheseMonitors() {
        String bob = KeycloakServer.shared().accessToken(DemoUser.BOB);

        JsonNode page = api.get(bob, "/api/v1/overview").body();

        assertThat(ids(page)).doesNotContain(down.toString(), paused.toString(), maintained.toString(),
                fresh.toString());
    }

    @Test
    void anUnknownStateIsAProblemNamingTheField() {
        ApiClient.Response refused = api.get(alice, "/api/v1/overview?state=sleeping");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("state");
    }

    @Test
    void everyBadParameterIsNamedInOneProblem() {
        ApiClient.Response refused = api.get(alice, "/api/v1/overview?state=sleeping&size=1000&page=-1");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").valueStream().map(error -> error.get("field").asString()))
                .containsExactlyInAnyOrder("state", "size", "page");
    }

    private UUID create(String body) {
        ApiClient.Response created = api.post(alice, "/api/v1/monitors", body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return UUID.fromString(created.body().get("id").asString());
    }

    private String tenantOf(UUID monitor) {
        return api.get(alice, "/api/v1/monitors/" + monitor).body().get("tenant").asString();
    }

    private static String stateOf(JsonNode page, UUID monitor) {
        return row(page, monitor).get("state").asString();
    }

    private static JsonNode row(JsonNode page, UUID monitor) {
        return page.get("items").valueStream().filter(item -> item.get("id").asString().equals(monitor.toString()))
                .findFirst().orElseThrow();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }
}

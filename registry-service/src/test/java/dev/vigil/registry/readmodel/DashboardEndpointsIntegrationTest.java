package dev.vigil.registry.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.delivery.DeliveryStatus;
import dev.vigil.registry.api.ApiClient;
import dev.vigil.registry.api.Monitors;
import dev.vigil.registry.api.WithoutKafka;
import dev.vigil.testkit.keycloak.DemoUser;
import dev.vigil.testkit.keycloak.KeycloakServer;
import dev.vigil.testkit.keycloak.WithKeycloak;
import dev.vigil.testkit.postgres.WithPostgres;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        WithoutKafka.CDC_OFF, WithoutKafka.NO_TOPIC_CREATION, "spring.kafka.listener.auto-startup=false"})
@WithPostgres(freshDatabase = true)
@WithKeycloak
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardEndpointsIntegrationTest {

    private static final List<String> ENDPOINTS = List.of("/status", "/stats?window=5m", "/incidents", "/alerts");

    @LocalServerPort
    private int port;

    @Autowired
    private StatusStore statuses;

    @Autowired
    private StatsStore stats;

    @Autowired
    private AlertStore alerts;

    @Autowired
    private DeliveryStore deliveries;

    private ApiClient api;
    private String alice;
    private String path;
    private Records records;
    private Alert streak;
    private final UUID channel = UUID.randomUUID();

    @BeforeAll
    void aliceHasAMonitorWithHistory() {
        api = new ApiClient(port);
        alice = KeycloakServer.shared().accessToken(DemoUser.ALICE);
        ApiClient.Response created = api.post(alice, "/api/v1/monitors", Monitors.tcp("alice-db"));
        UUID monitorId = UUID.fromString(created.body().get("id").asString());
        path = "/api/v1/monitors/" + monitorId;
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        records = Records.about(monitorId, created.body().get("tenant").asString(), now.minusSeconds(600));
        streak = records.failureStreak();
        statuses.save(records.downStatus());
        stats.save(records.stats(300, now.minusSeconds(900)));
        stats.save(records.stats(300, now.minusSeconds(600)));
        stats.save(records.stats(60, now.minusSeconds(60)));
        alerts.save(streak);
        deliveries.save(records.delivery(streak, channel, DeliveryStatus.DELIVERED, 1));
    }

    @Test
    void statusShowsStateIncidentLatencyPerWindowAndSla() {
        ApiClient.Response status = api.get(alice, path + "/status");

        assertThat(status.status()).isEqualTo(200);
        assertThat(status.body().get("state").asString()).isEqualTo("down");
        assertThat(status.body().get("openIncident").get("id").asString())
                .isEqualTo(records.incidentId().toString());
        assertThat(status.body().get("latency").get("5m").get("p95Ms").asDouble()).isEqualTo(180);
        assertThat(status.body().get("latency").get("1m").get("p99Ms").asDouble()).isEqualTo(240);
        assertThat(status.body().get("sla").get("availability24h").asDouble()).isEqualTo(0.998);
        assertThat(status.body().get("tlsDaysRemaining").asInt()).isEqualTo(42);
    }

    @Test
    void statsReturnsTheWindowsOfTheRequestedSizeWithinTheRange() {
        ApiClient.Response series = api.get(alice, path + "/stats?window=5m&from="
                + records.at().minusSeconds(400) + "&to=" + records.at().plusSeconds(1));

        assertThat(series.status()).isEqualTo(200);
        assertThat(series.body().get("points").size()).isEqualTo(2);
        assertThat(series.body().get("points").get(0).get("window").get("sizeSeconds").asInt()).isEqualTo(300);
    }

    @Test
    void unknownWindowIsABadRequestNamingTheParameter() {
        ApiClient.Response rejected = api.get(alice, path + "/stats?window=7m");

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.body().toString()).contains("window");
    }

    @Test
    void alertsCarryEachChannelsDeliveryOutcome() {
        ApiClient.Response history = api.get(alice, path + "/alerts");

        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body().get(0).get("alert").get("id").asString()).isEqualTo(streak.id().toString());
        assertThat(history.body().get(0).get("deliveries").get(0).get("channelId").asString())
                .isEqualTo(channel.toString());
        assertThat(history.body().get(0).get("deliveries").get(0).get("outcome").asString()).isEqualTo("delivered");
    }

    @Test
    void incidentsListTheMonitorsIncidents() {
        ApiClient.Response incidents = api.get(alice, path + "/incidents");

        assertThat(incidents.status()).isEqualTo(200);
        assertThat(incidents.body().get(0).get("id").asString()).isEqualTo(records.incidentId().toString());
    }

    @Test
    void anotherTenantGetsNotFoundOnEveryDashboardEndpoint() {
        String bob = KeycloakServer.shared().accessToken(DemoUser.BOB);

        for (String endpoint : ENDPOINTS) {
            assertThat(api.get(bob, path + endpoint).status()).as(endpoint).isEqualTo(404);
        }
    }
}

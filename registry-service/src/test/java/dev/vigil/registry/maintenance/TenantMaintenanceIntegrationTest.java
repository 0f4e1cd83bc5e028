package dev.vigil.registry.maintenance;

import dev.vigil.registry.api.RegistryApiFixture;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.json.ContractsJson;
import dev.vigil.contracts.monitor.MaintenanceWindow;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.registry.api.ApiClient;
import dev.vigil.registry.api.Monitors;
import dev.vigil.registry.api.WithoutKafka;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {WithoutKafka.CDC_OFF, WithoutKafka.NO_TOPIC_CREATION})
class TenantMaintenanceIntegrationTest extends RegistryApiFixture {

    private static final String WEEKLY = """
            [{"type": "weekly", "days": ["sunday"], "startTime": "02:00", "durationMinutes": 60,
              "zone": "Europe/Berlin"}]
            """;

    @BeforeEach
    void setUp() {
        jdbc.sql("delete from monitor").update();
        jdbc.sql("delete from outbox_event").update();
        jdbc.sql("delete from tenant_settings").update();
    }

    @Test
    void replacingTenantWindowsRepublishesEveryMonitorWithThem() {
        api.post(alice, "/api/v1/monitors", Monitors.tcp("db"));
        api.post(alice, "/api/v1/monitors", Monitors.http("web"));

        ApiClient.Response answer = api.put(alice, "/api/v1/maintenance-windows", WEEKLY);

        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
        List<MonitorSnapshot> updates = published("updated");
        assertThat(updates).hasSize(2).allSatisfy(snapshot -> {
            assertThat(snapshot.version()).isEqualTo(2);
            assertThat(snapshot.maintenanceWindows()).singleElement().isInstanceOf(MaintenanceWindow.Weekly.class);
        });
        assertThat(api.get(alice, "/api/v1/maintenance-windows").body()).hasSize(1);
    }

    @Test
    void aMonitorCreatedLaterCarriesTheTenantWindowsAndItsOwn() {
        api.put(alice, "/api/v1/maintenance-windows", WEEKLY);

        api.post(alice, "/api/v1/monitors", """
                {"name": "db", "kind": "tcp", "target": "db.example.com:5432", "intervalSeconds": 30,
                 "maintenanceWindows": [{"type": "one_off", "start": "2030-01-01T00:00:00Z",
                                         "end": "2030-01-01T01:00:00Z"}]}
                """);

        assertThat(published("created")).singleElement().satisfies(snapshot ->
                assertThat(snapshot.maintenanceWindows()).hasSize(2));
    }

    @Test
    void anInvalidCronWindowIsRejectedByPosition() {
        ApiClient.Response refused = api.put(alice, "/api/v1/maintenance-windows", """
                [{"type": "cron", "expression": "every sunday", "durationMinutes": 30, "zone": "UTC"}]
                """);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("[0].expression");
    }

    private List<MonitorSnapshot> published(String type) {
        return jdbc.sql("select payload::text from outbox_event where type = ?").param(type)
                .query(String.class).list().stream()
                .map(json -> ContractsJson.mapper().readValue(json, MonitorSnapshot.class))
                .toList();
    }
}

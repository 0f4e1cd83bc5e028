package dev.vigil.registry.monitor;

import dev.vigil.registry.api.RegistryApiFixture;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.registry.api.ApiClient;
import dev.vigil.registry.api.Monitors;
import dev.vigil.registry.api.WithoutKafka;
import dev.vigil.testkit.keycloak.DemoUser;
import dev.vigil.testkit.keycloak.KeycloakServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** Another tenant's monitor or channel answers 404 on every endpoint, and nothing about it changes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {WithoutKafka.CDC_OFF, WithoutKafka.NO_TOPIC_CREATION})
class TenantIsolationIntegrationTest extends RegistryApiFixture {

    String bob;

    @BeforeEach
    void setUp() {
        bob = KeycloakServer.shared().accessToken(DemoUser.BOB);
        jdbc.sql("delete from monitor").update();
    }

    @Test
    void bobGetsNotFoundForEveryOperationOnAlicesMonitorAndChangesNothing() {
        String path = "/api/v1/monitors/" + api.post(alice, "/api/v1/monitors", Monitors.tcp("alice-db"))
                .body().get("id").asString();
        long eventsBefore = outboxRows();

        assertThat(api.get(bob, path).status()).isEqualTo(404);
        assertThat(api.patch(bob, path, "{\"name\": \"mine now\"}").status()).isEqualTo(404);
        assertThat(api.post(bob, path + "/pause", null).status()).isEqualTo(404);
        assertThat(api.post(bob, path + "/resume", null).status()).isEqualTo(404);
        assertThat(api.delete(bob, path).status()).isEqualTo(404);

        ApiClient.Response stillAlices = api.get(alice, path);
        assertThat(stillAlices.body().get("name").asString()).isEqualTo("alice-db");
        assertThat(stillAlices.body().get("version").asLong()).isEqualTo(1);
        assertThat(stillAlices.body().get("enabled").asBoolean()).isTrue();
        assertThat(outboxRows()).isEqualTo(eventsBefore);
    }

    @Test
    void notFoundForAnotherTenantIsAProblemDocument() {
        String path = "/api/v1/monitors/" + api.post(alice, "/api/v1/monitors", Monitors.tcp("alice-db"))
                .body().get("id").asString();

        ApiClient.Response answer = api.get(bob, path);

        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("status").asInt()).isEqualTo(404);
    }

    @Test
    void bobGetsNotFoundForEveryOperationOnAlicesChannel() {
        String path = "/api/v1/channels/" + api.post(alice, "/api/v1/channels", """
                {"name": "ops hook", "kind": "webhook", "url": "https://hooks.example.com/vigil"}
                """).body().get("id").asString();
        long eventsBefore = outboxRows();

        assertThat(api.get(bob, path).status()).isEqualTo(404);
        assertThat(api.post(bob, path + "/test", null).status()).isEqualTo(404);
        assertThat(api.post(bob, path + "/rotate-secret", null).status()).isEqualTo(404);
        assertThat(api.delete(bob, path).status()).isEqualTo(404);

        assertThat(api.get(alice, path).body().get("version").asLong()).isEqualTo(1);
        assertThat(outboxRows()).isEqualTo(eventsBefore);
    }

    @Test
    void listsShowOnlyTheCallersOwnMonitorsAndChannels() {
        api.post(alice, "/api/v1/monitors", Monitors.tcp("alice-db"));
        api.post(bob, "/api/v1/monitors", Monitors.tcp("bob-db"));
        api.post(alice, "/api/v1/channels", """
                {"name": "alice mail", "kind": "email", "address": "alice@example.com"}
                """);

        api.post(bob, "/api/v1/channels", """
                {"name": "bob mail", "kind": "email", "address": "bob@example.com"}
                """);

        ApiClient.Response bobsMonitors = api.get(bob, "/api/v1/monitors?size=100");
        ApiClient.Response bobsChannels = api.get(bob, "/api/v1/channels");
        ApiClient.Response alicesChannels = api.get(alice, "/api/v1/channels");

        assertThat(bobsMonitors.body().get("items").valueStream().map(m -> m.get("name").asString()))
                .contains("bob-db").doesNotContain("alice-db");
        assertThat(bobsMonitors.body().get("items").valueStream().map(m -> m.get("tenant").asString()))
                .allMatch(tenant -> tenant.equals(DemoUser.BOB.id().toString()));
        assertThat(bobsChannels.body().valueStream().map(c -> c.get("name").asString()))
                .contains("bob mail").doesNotContain("alice mail");
        assertThat(alicesChannels.body().valueStream().map(c -> c.get("name").asString()))
                .contains("alice mail").doesNotContain("bob mail");
    }

    private long outboxRows() {
        return jdbc.sql("select count(*) from outbox_event").query(Long.class).single();
    }
}

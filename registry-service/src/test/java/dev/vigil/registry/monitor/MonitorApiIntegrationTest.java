package dev.vigil.registry.monitor;

import dev.vigil.registry.api.RegistryApiFixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.vigil.contracts.json.ContractsJson;
import dev.vigil.contracts.monitor.CheckKind;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.registry.api.ApiClient;
import dev.vigil.registry.api.Monitors;
import dev.vigil.registry.api.WithoutKafka;
import dev.vigil.testkit.keycloak.DemoUser;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {WithoutKafka.CDC_OFF, WithoutKafka.NO_TOPIC_CREATION})
class MonitorApiIntegrationTest extends RegistryApiFixture {

    record OutboxRow(String aggregatetype, String aggregateid, String type, @Nullable String payload) {

        MonitorSnapshot snapshot() {
            return ContractsJson.mapper().readValue(payload, MonitorSnapshot.class);
        }
    }

    @BeforeEach
    void setUp() {
        jdbc.sql("delete from monitor").update();
        jdbc.sql("delete from outbox_event").update();
    }

    @Test
    void createdMonitorIsReadBackAndLeavesACreatedEventWithTheFullSnapshot() {
        ApiClient.Response created = api.post(alice, "/api/v1/monitors", Monitors.http("shop"));

        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        UUID id = UUID.fromString(created.body().get("id").asString());
        assertThat(created.raw().headers().firstValue("Location")).hasValue("/api/v1/monitors/" + id);
        ApiClient.Response read = api.get(alice, "/api/v1/monitors/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("tenant").asString()).isEqualTo(DemoUser.ALICE.id().toString());
        assertThat(read.body().get("failureThreshold").asInt()).isEqualTo(3);
        assertThat(read.body().get("slaTargetPercent").asDouble()).isEqualTo(99.9);

        List<OutboxRow> rows = outbox(id);
        assertThat(rows).extracting(OutboxRow::aggregatetype, OutboxRow::type)
                .containsExactly(tuple("monitor", "created"));
        MonitorSnapshot published = rows.getFirst().snapshot();
        assertThat(published.id()).isEqualTo(id);
        assertThat(published.version()).isEqualTo(1);
        assertThat(published.check().kind()).isEqualTo(CheckKind.HTTP);
        assertThat(published.check().http().followRedirects()).isFalse();
        assertThat(published.check().jsonAssertions()).hasSize(1);
        assertThat(published.regions()).containsExactly("eu", "us");
    }

    @Test
    void patchChangesOnlyTheNamedFieldsAndPublishesTheNextVersion() {
        UUID id = create(Monitors.http("shop"));

        ApiClient.Response patched = api.patch(alice, "/api/v1/monitors/" + id,
                """
                {"name": "shop front", "intervalSeconds": 120}
                """);

        assertThat(patched.status()).as(patched.raw().body()).isEqualTo(200);
        assertThat(patched.body().get("name").asString()).isEqualTo("shop front");
        assertThat(patched.body().get("intervalSeconds").asInt()).isEqualTo(120);
        assertThat(patched.body().get("check").get("timeoutMs").asInt()).isEqualTo(5000);
        List<OutboxRow> rows = outbox(id);
        assertThat(rows).extracting(OutboxRow::type).containsExactly("created", "updated");
        assertThat(rows.get(1).snapshot().version()).isEqualTo(2);
        assertThat(rows.get(1).snapshot().name()).isEqualTo("shop front");
    }

    @Test
    void aPatchIsValidatedAgainstTheWholeResultingMonitor() {
        UUID id = create(Monitors.http("shop"));

        ApiClient.Response refused = api.patch(alice, "/api/v1/monitors/" + id, "{\"intervalSeconds\": 5}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("intervalSeconds");
        assertThat(outbox(id)).extracting(OutboxRow::type).containsExactly("created");
    }

    @Test
    void changingTheTargetAnswersConflictTellingToRecreate() {
        UUID id = create(Monitors.http("shop"));

        ApiClient.Response refused = api.patch(alice, "/api/v1/monitors/" + id,
                """
                {"target": "https://example.org/"}
                """);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("type").asString()).endsWith("/immutable-target");
        assertThat(refused.body().get("detail").asString()).contains("delete", "create");
        assertThat(outbox(id)).extracting(OutboxRow::type).containsExactly("created");
    }

    @Test
    void pauseAndResumeFlipTheStateAndPublishEachChange() {
        UUID id = create(Monitors.tcp("db"));

        ApiClient.Response paused = api.post(alice, "/api/v1/monitors/" + id + "/pause", null);
        ApiClient.Response resumed = api.post(alice, "/api/v1/monitors/" + id + "/resume", null);

        assertThat(paused.body().get("enabled").asBoolean()).isFalse();
        assertThat(resumed.body().get("enabled").asBoolean()).isTrue();
        List<OutboxRow> rows = outbox(id);
        assertThat(rows).extracting(OutboxRow::type).containsExactly("created", "paused", "resumed");
        assertThat(rows.get(1).snapshot().enabled()).isFalse();
        assertThat(rows.get(2).snapshot().version()).isEqualTo(3);
    }

    @Test
    void deleteRemovesTheRowAndWritesATombstoneEvent() {
        UUID id = create(Monitors.tcp("db"));

        ApiClient.Response deleted = api.delete(alice, "/api/v1/monitors/" + id);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(api.get(alice, "/api/v1/monitors/" + id).status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from monitor where id = ?").param(id).query(Long.class).single())
                .isZero();
        List<OutboxRow> rows = outbox(id);
        assertThat(rows).extracting(OutboxRow::type).containsExactly("created", "deleted");
        assertThat(rows.get(1).payload()).isNull();
    }

    @Test
    void listPagesAndFiltersByStateAndKind() {
        UUID web = create(Monitors.http("web"));
        UUID db = create(Monitors.tcp("db"));
        create(Monitors.tcp("cache"));
        api.post(alice, "/api/v1/monitors/" + db + "/pause", null);

        ApiClient.Response firstPage = api.get(alice, "/api/v1/monitors?size=2&page=0");
        ApiClient.Response paused = api.get(alice, "/api/v1/monitors?state=paused");
        ApiClient.Response http = api.get(alice, "/api/v1/monitors?kind=http");

        assertThat(firstPage.body().get("items")).hasSize(2);
        assertThat(firstPage.body().get("totalElements").asLong()).isEqualTo(3);
        assertThat(ids(paused)).containsExactly(db.toString());
        assertThat(ids(http)).containsExactly(web.toString());
    }

    private UUID create(String body) {
        ApiClient.Response created = api.post(alice, "/api/v1/monitors", body);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return UUID.fromString(created.body().get("id").asString());
    }

    private static List<String> ids(ApiClient.Response page) {
        return page.body().get("items").valueStream().map(item -> item.get("id").asString()).toList();
    }

    private List<OutboxRow> outbox(UUID aggregateId) {
        return jdbc.sql("""
                select aggregatetype, aggregateid, type, payload::text as payload from outbox_event
                where aggregateid = ? order by created_at
                """)
                .param(aggregateId.toString())
                .query(OutboxRow.class)
                .list();
    }
}

package dev.vigil.registry.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.json.ContractsJson;
import dev.vigil.contracts.monitor.CheckKind;
import dev.vigil.contracts.monitor.CheckSpec;
import dev.vigil.contracts.monitor.HttpCheck;
import dev.vigil.contracts.monitor.HttpMethod;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.contracts.secret.Sealer;
import dev.vigil.registry.api.RegistryApiFixture;
import dev.vigil.registry.api.TestProperties;
import dev.vigil.registry.api.WithoutKafka;
import dev.vigil.testkit.keycloak.DemoUser;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Monitors stored by a registry from before sealing get their header values sealed and republished on start. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {WithoutKafka.CDC_OFF, WithoutKafka.NO_TOPIC_CREATION})
class LegacyHeaderSealingIntegrationTest extends RegistryApiFixture {

    private static final String TOKEN = "Bearer legacy-" + UUID.randomUUID();
    private static final Sealer CHECK_KEY = Sealer.fromBase64Key(TestProperties.CHECK_KEY);

    @Autowired
    private MonitorRepository monitors;

    @Autowired
    private LegacyHeaderSealing sealing;

    @BeforeEach
    void clean() {
        jdbc.sql("delete from monitor").update();
        jdbc.sql("delete from outbox_event").update();
    }

    @Test
    void aHeaderStoredInClearIsSealedAndTheNextVersionPublishedOnce() {
        UUID id = UUID.randomUUID();
        monitors.insert(legacy(id));

        assertThat(sealing.sealAll()).isEqualTo(1);
        assertThat(sealing.sealAll()).as("a second start finds nothing left in clear").isZero();

        assertThat(jdbc.sql("select definition::text from monitor where id = ?").param(id).query(String.class)
                .single()).doesNotContain(TOKEN);
        List<String> payloads = jdbc.sql("select payload::text from outbox_event where aggregateid = ?")
                .param(id.toString()).query(String.class).list();
        assertThat(payloads).hasSize(1);
        MonitorSnapshot published = ContractsJson.mapper().readValue(payloads.getFirst(), MonitorSnapshot.class);
        assertThat(published.version()).isEqualTo(2);
        assertThat(CHECK_KEY.open(published.check().http().headers().get("Authorization"))).isEqualTo(TOKEN);
        assertThat(api.get(alice, "/api/v1/monitors/" + id).raw().body()).doesNotContain(TOKEN);
    }

    private static MonitorSnapshot legacy(UUID id) {
        var http = new HttpCheck(HttpMethod.GET, Map.of("Authorization", TOKEN), null, List.of(), true, 1024);
        var check = new CheckSpec(CheckKind.HTTP, "https://api.example.com/health", 5000, http, null, List.of(), null,
                null);
        return new MonitorSnapshot(id, DemoUser.ALICE.id().toString(), "legacy", check, 60, 3, 1, null, 99.9, null,
                null, 30, List.of(), null, List.of(), true, 1, Instant.now());
    }
}

package dev.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.testkit.keycloak.DemoUser;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bob cannot tell alice's monitors and channels exist: every way in answers 404, and his lists hold only his own. */
class TenantIsolationIntegrationTest {

    private static VigilSystem system;
    private static AliceMission mission;
    private static String bob;
    private static UUID bobsMonitor;

    @BeforeAll
    static void aliceAndBobBothMonitorSomething() {
        system = VigilSystem.shared();
        mission = AliceMission.shared(system);
        bob = system.tokens().of(DemoUser.BOB);
        bobsMonitor = AliceMission.monitor(system, bob, "bob's healthy", system.stack().demo().uri().resolve("/healthy"),
                "");
    }

    @Test
    void bobCannotReadAlicesMonitorOrAnyOfItsViews() {
        String alice = system.tokens().of(DemoUser.ALICE);
        for (String view : List.of("", "/status", "/stats", "/incidents", "/alerts")) {
            String path = "/api/v1/monitors/" + mission.slow() + view;
            assertThat(system.gateway().get(alice, path).status()).as("alice reads " + path).isEqualTo(200);
            assertNotFound(system.gateway().get(bob, path));
        }
    }

    @Test
    void bobCannotChangePauseOrDeleteAlicesMonitor() {
        String monitor = "/api/v1/monitors/" + mission.healthy();

        assertNotFound(system.gateway().patch(bob, monitor, "{\"name\": \"taken over\"}"));
        assertNotFound(system.gateway().post(bob, monitor + "/pause", ""));
        assertNotFound(system.gateway().delete(bob, monitor));
        assertThat(system.gateway().get(system.tokens().of(DemoUser.ALICE), monitor).json().get("name").asString())
                .isEqualTo("e2e healthy");
    }

    @Test
    void bobCannotReadTestRotateOrDeleteAlicesChannel() {
        String channel = "/api/v1/channels/" + mission.webhookChannel();

        assertNotFound(system.gateway().get(bob, channel));
        assertNotFound(system.gateway().post(bob, channel + "/test", ""));
        assertNotFound(system.gateway().post(bob, channel + "/rotate-secret", ""));
        assertNotFound(system.gateway().delete(bob, channel));
        assertThat(system.gateway().get(system.tokens().of(DemoUser.ALICE), channel).status()).isEqualTo(200);
    }

    @Test
    void bobsMonitorListHoldsOnlyHisOwn() {
        ApiResponse list = system.gateway().get(bob, "/api/v1/monitors");

        assertThat(list.status()).isEqualTo(200);
        assertThat(ids(list, "items")).contains(bobsMonitor.toString())
                .doesNotContain(mission.healthy().toString(), mission.slow().toString(), mission.flaky().toString(),
                        mission.down().toString());
    }

    @Test
    void bobsChannelListHoldsNoneOfAlices() {
        ApiResponse alicesList = system.gateway().get(system.tokens().of(DemoUser.ALICE), "/api/v1/channels");
        ApiResponse bobsList = system.gateway().get(bob, "/api/v1/channels");

        assertThat(ids(alicesList, "items")).as("alice's own list").contains(mission.webhookChannel().toString());
        assertThat(bobsList.status()).isEqualTo(200);
        assertThat(ids(bobsList, "items")).doesNotContain(mission.webhookChannel().toString());
    }

    private static List<String> ids(ApiResponse list, String field) {
        var items = list.json().has(field) ? list.json().get(field) : list.json();
        return StreamSupport.stream(items.spliterator(), false).map(item -> item.get("id").asString()).toList();
    }

    private static void assertNotFound(ApiResponse response) {
        assertThat(response.status()).as(response.body()).isEqualTo(404);
        assertThat(response.isProblem()).as(response.contentType()).isTrue();
    }
}

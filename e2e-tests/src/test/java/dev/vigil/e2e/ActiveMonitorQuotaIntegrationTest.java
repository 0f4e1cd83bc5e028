package dev.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.testkit.keycloak.DemoUser;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The default quota of three active monitors, met by a tenant nobody else in these tests uses (the admin
 * user monitoring for themself): the fourth is refused with a clear problem, and pausing one frees its slot.
 */
class ActiveMonitorQuotaIntegrationTest {

    private static final int DEFAULT_QUOTA = 3;

    private static VigilSystem system;
    private static String tenant;
    private static URI target;
    private static final List<UUID> active = new ArrayList<>();

    @BeforeAll
    static void theTenantFillsItsQuota() {
        system = VigilSystem.shared();
        tenant = system.tokens().of(DemoUser.ADMIN);
        target = system.stack().demo().uri().resolve("/healthy");
        for (int i = 1; i <= DEFAULT_QUOTA; i++) {
            active.add(AliceMission.monitor(system, tenant, "quota " + i, target, ""));
        }
    }

    @Test
    void theFourthActiveMonitorIsRefusedWithAProblemNamingTheQuota() {
        ApiResponse refused = system.gateway().post(tenant, "/api/v1/monitors",
                AliceMission.monitorJson("quota 4", target, ""));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("type").asString()).endsWith("quota-exceeded");
        assertThat(refused.json().get("detail").asString()).contains("at most " + DEFAULT_QUOTA + " active monitors");
    }

    @Test
    void pausingAMonitorFreesItsSlotForANewOne() {
        ApiResponse paused = system.gateway().post(tenant, "/api/v1/monitors/" + active.getFirst() + "/pause", "");
        assertThat(paused.status()).as(paused.body()).isEqualTo(200);

        ApiResponse created = system.gateway().post(tenant, "/api/v1/monitors",
                AliceMission.monitorJson("quota after pause", target, ""));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }
}

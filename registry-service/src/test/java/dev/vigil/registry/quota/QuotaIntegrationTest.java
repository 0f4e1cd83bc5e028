package dev.vigil.registry.quota;

import dev.vigil.registry.api.RegistryApiFixture;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.registry.api.ApiClient;
import dev.vigil.registry.api.Monitors;
import dev.vigil.registry.api.WithoutKafka;
import dev.vigil.testkit.keycloak.DemoUser;
import dev.vigil.testkit.keycloak.KeycloakServer;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {WithoutKafka.CDC_OFF, WithoutKafka.NO_TOPIC_CREATION,
            "spring.datasource.hikari.maximum-pool-size=20"})
class QuotaIntegrationTest extends RegistryApiFixture {

    private static final int PARALLEL_CREATES = 20;

    @BeforeEach
    void setUp() {
        jdbc.sql("delete from monitor").update();
        jdbc.sql("delete from tenant_settings").update();
        jdbc.sql("delete from outbox_event").update();
    }

    @Test
    void twentyParallelCreatesWithThreeFreeSlotsCreateExactlyThree() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> creates = IntStream.range(0, PARALLEL_CREATES)
                .mapToObj(i -> (Callable<Integer>) () -> {
                    start.await();
                    return api.post(alice, "/api/v1/monitors", Monitors.tcp("race " + i)).status();
                })
                .toList();

        List<Integer> statuses;
        try (ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_CREATES)) {
            List<Future<Integer>> futures = creates.stream().map(pool::submit).toList();
            start.countDown();
            statuses = futures.stream().map(QuotaIntegrationTest::await).toList();
        }

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(3);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(PARALLEL_CREATES - 3);
        assertThat(activeMonitors()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from outbox_event where type = 'created'").query(Long.class).single())
                .isEqualTo(3);
    }

    @Test
    void theFourthActiveMonitorIsRefusedWithAProblem() {
        fillQuota();

        ApiClient.Response refused = api.post(alice, "/api/v1/monitors", Monitors.tcp("fourth"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("type").asString()).endsWith("/quota-exceeded");
    }

    @Test
    void pausingAMonitorFreesASlotAndResumingNeedsOne() {
        List<String> ids = fillQuota();

        assertThat(api.post(alice, "/api/v1/monitors/" + ids.getFirst() + "/pause", null).status()).isEqualTo(200);
        assertThat(api.post(alice, "/api/v1/monitors", Monitors.tcp("fourth")).status()).isEqualTo(201);
        ApiClient.Response resume = api.post(alice, "/api/v1/monitors/" + ids.getFirst() + "/resume", null);

        assertThat(resume.status()).isEqualTo(409);
        assertThat(activeMonitors()).isEqualTo(3);
    }

    @Test
    void deletingAMonitorFreesASlot() {
        List<String> ids = fillQuota();

        api.delete(alice, "/api/v1/monitors/" + ids.getFirst());

        assertThat(api.post(alice, "/api/v1/monitors", Monitors.tcp("fourth")).status()).isEqualTo(201);
    }

    @Test
    void anAdminOverrideRaisesOneTenantsQuota() {
        String admin = KeycloakServer.shared().accessToken(DemoUser.ADMIN);
        fillQuota();

        ApiClient.Response set = api.put(admin, "/api/v1/admin/tenants/" + DemoUser.ALICE.id() + "/quota",
                "{\"maxActiveMonitors\": 4}");

        assertThat(set.status()).as(set.raw().body()).isEqualTo(200);
        assertThat(api.post(alice, "/api/v1/monitors", Monitors.tcp("fourth")).status()).isEqualTo(201);
        assertThat(api.post(alice, "/api/v1/monitors", Monitors.tcp("fifth")).status()).isEqualTo(409);
    }

    @Test
    void onlyAdminsMaySetQuotas() {
        ApiClient.Response refused = api.put(alice, "/api/v1/admin/tenants/" + DemoUser.ALICE.id() + "/quota",
                "{\"maxActiveMonitors\": 100}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from tenant_settings where max_active_monitors is not null")
                .query(Long.class).single()).isZero();
    }

    private List<String> fillQuota() {
        return IntStream.range(0, 3)
                .mapToObj(i -> api.post(alice, "/api/v1/monitors", Monitors.tcp("slot " + i)))
                .peek(created -> assertThat(created.status()).isEqualTo(201))
                .map(created -> created.body().get("id").asString())
                .toList();
    }

    private long activeMonitors() {
        return jdbc.sql("select count(*) from monitor where enabled").query(Long.class).single();
    }

    private static Integer await(Future<Integer> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.vigil.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.gateway.GatewayApplication;
import dev.vigil.gateway.GatewayWithRecordingRegistry;
import dev.vigil.testkit.kafka.KafkaBroker;
import dev.vigil.testkit.keycloak.DemoUser;
import dev.vigil.testkit.keycloak.KeycloakServer;
import dev.vigil.testkit.redis.RedisServer;
import dev.vigil.testkit.redis.WithRedis;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.test.web.reactive.server.WebTestClient;

@WithRedis
@Import(FrozenClockConfiguration.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vigil.gateway.rate-limit.store=REDIS",
        "vigil.gateway.rate-limit.burst-capacity=" + RedisTenantRateLimitIntegrationTest.BURST,
        "vigil.gateway.rate-limit.replenish-per-second=1"})
class RedisTenantRateLimitIntegrationTest extends GatewayWithRecordingRegistry {

    static final int BURST = 3;

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    private ReactiveStringRedisTemplate redis;

    @Test
    void aTenantBeyondItsBurstGets429ProblemJsonWithRetryAfterCountedInRedis() {
        String token = tokenWithFreshBucket(DemoUser.BOB);
        for (int i = 0; i < BURST; i++) {
            get(client, token).expectStatus().isOk();
        }

        get(client, token).expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectBody().jsonPath("$.status").isEqualTo(429);
        assertThat(redis.opsForValue().get(bucketKey(DemoUser.BOB, "tokens")).block(TIMEOUT)).isEqualTo("0");
        assertThat(redis.hasKey(bucketKey(DemoUser.BOB, "timestamp")).block(TIMEOUT)).isTrue();
    }

    @Test
    void aBurstSpentOnOneReplicaIsRefusedOnAnotherSharingTheSameRedis() {
        String token = tokenWithFreshBucket(DemoUser.ALICE);
        try (ConfigurableApplicationContext replicaB = startSecondReplica()) {
            WebTestClient clientB = clientFor(replicaB);
            for (int i = 0; i < BURST; i++) {
                get(client, token).expectStatus().isOk();
            }

            get(clientB, token).expectStatus().isEqualTo(429);
        }
    }

    private String tokenWithFreshBucket(DemoUser user) {
        redis.delete(bucketKey(user, "tokens"), bucketKey(user, "timestamp")).block(TIMEOUT);
        return KeycloakServer.shared().accessToken(user);
    }

    /** The keys RedisTokenBuckets writes: Spring Cloud Gateway's script keeps a level and a time per bucket. */
    private static String bucketKey(DemoUser user, String part) {
        return "vigil.gateway.rate-limit.{" + user.id() + "}." + part;
    }

    /** The same application and settings as this test's context, as another replica would run them. */
    private static ConfigurableApplicationContext startSecondReplica() {
        Map<String, String> properties = new HashMap<>();
        properties.putAll(KafkaBroker.shared().springProperties());
        properties.putAll(KeycloakServer.shared().springProperties());
        properties.putAll(RedisServer.shared().springProperties());
        properties.put("vigil.gateway.registry-uri", registry.uri().toString());
        properties.put("vigil.gateway.rate-limit.store", "REDIS");
        properties.put("vigil.gateway.rate-limit.burst-capacity", String.valueOf(BURST));
        properties.put("vigil.gateway.rate-limit.replenish-per-second", "1");
        properties.put("server.port", "0");
        // Command-line arguments, so they win over application.yml as the test context's properties do.
        String[] arguments = properties.entrySet().stream()
                .map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(GatewayApplication.class, FrozenClockConfiguration.class)
                .initializers(context -> context.getBeanFactory().addBeanPostProcessor(new OwnNettyResources()))
                .run(arguments);
    }

    private static WebTestClient clientFor(ConfigurableApplicationContext replica) {
        String port = replica.getEnvironment().getRequiredProperty("local.server.port");
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(TIMEOUT).build();
    }

    /**
     * Gives the second replica Netty resources of its own, as Spring Boot does for test contexts:
     * closing it must not shut down the JVM-wide event loops the first replica and the clients use.
     */
    private static final class OwnNettyResources implements BeanPostProcessor {

        @Override
        public Object postProcessBeforeInitialization(Object bean, String beanName) {
            if (bean instanceof ReactorResourceFactory resources) {
                resources.setUseGlobalResources(false);
            }
            return bean;
        }
    }

    private static WebTestClient.ResponseSpec get(WebTestClient client, String token) {
        return client.get().uri("/api/v1/monitors").headers(h -> h.setBearerAuth(token)).exchange();
    }
}

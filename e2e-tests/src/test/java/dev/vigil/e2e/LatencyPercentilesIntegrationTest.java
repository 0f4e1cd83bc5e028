package dev.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.testkit.keycloak.DemoUser;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Windowed percentiles, as alice reads them through the gateway, match what her endpoints really do. */
class LatencyPercentilesIntegrationTest {

    /** A one-minute window closes up to a minute after the first result, plus grace and the status refresh. */
    private static final Duration FIRST_WINDOW = Duration.ofMinutes(3);
    private static final Duration POLL = Duration.ofSeconds(2);
    /** Analytics' sketch guarantees 1 % relative error, so a delay of exactly 400 ms may read as 396 ms. */
    private static final double SKETCH_RELATIVE_ACCURACY = 0.01;
    private static final double SLOWEST_READING_OF_DELAY_MS =
            VigilSystem.SLOW_DELAY.toMillis() * (1 - SKETCH_RELATIVE_ACCURACY);
    /** Loopback adds milliseconds; a loaded two-core CI machine can add a few hundred. */
    private static final double SLOW_TOLERANCE_MS = 600;

    private static VigilSystem system;
    private static AliceMission mission;
    private static String alice;

    @BeforeAll
    static void aliceMonitorsTheDemoTarget() {
        system = VigilSystem.shared();
        mission = AliceMission.shared(system);
        alice = system.tokens().of(DemoUser.ALICE);
    }

    @Test
    void theSlowEndpointsOneMinuteP95IsNearItsConfiguredDelay() {
        JsonNode latency = awaitOneMinuteLatency(mission.slow());

        assertThat(latency.get("p95Ms").asDouble()).isBetween(SLOWEST_READING_OF_DELAY_MS, SLOWEST_READING_OF_DELAY_MS + SLOW_TOLERANCE_MS);
        assertThat(latency.get("p50Ms").asDouble()).isGreaterThanOrEqualTo(SLOWEST_READING_OF_DELAY_MS);
    }

    @Test
    void theHealthyEndpointAnswersWellBelowTheSlowOneAtTheMedian() {
        JsonNode healthy = awaitOneMinuteLatency(mission.healthy());

        assertThat(healthy.get("p50Ms").asDouble()).isPositive().isLessThan(SLOWEST_READING_OF_DELAY_MS);
    }

    @Test
    void everyPercentileOfAWindowIsOrderedFromMedianToMaximum() {
        JsonNode latency = awaitOneMinuteLatency(mission.slow());

        assertThat(latency.get("p50Ms").asDouble()).isLessThanOrEqualTo(latency.get("p95Ms").asDouble());
        assertThat(latency.get("p95Ms").asDouble()).isLessThanOrEqualTo(latency.get("p99Ms").asDouble());
        assertThat(latency.get("p99Ms").asDouble()).isLessThanOrEqualTo(latency.get("maxMs").asDouble());
    }

    @Test
    void theStatsSeriesHoldsClosedOneMinuteWindowsWithTheirPercentiles() {
        JsonNode point = await("a closed one-minute window of the slow monitor").atMost(FIRST_WINDOW)
                .pollInterval(POLL)
                .until(() -> {
                    ApiResponse stats = system.gateway().get(alice,
                            "/api/v1/monitors/" + mission.slow() + "/stats?window=1m");
                    assertThat(stats.status()).as(stats.body()).isEqualTo(200);
                    JsonNode points = stats.json().get("points");
                    return points.isEmpty() ? null : points.get(0);
                }, found -> found != null);

        assertThat(point.get("monitorId").asString()).isEqualTo(mission.slow().toString());
        assertThat(point.get("count").asLong()).isPositive();
        assertThat(point.path("latency").path("total").get("p95Ms").asDouble())
                .isBetween(SLOWEST_READING_OF_DELAY_MS, SLOWEST_READING_OF_DELAY_MS + SLOW_TOLERANCE_MS);
    }

    private static JsonNode awaitOneMinuteLatency(UUID monitor) {
        return await("the one-minute latency of " + monitor).atMost(FIRST_WINDOW).pollInterval(POLL)
                .until(() -> {
                    ApiResponse status = system.gateway().get(alice, "/api/v1/monitors/" + monitor + "/status");
                    assertThat(status.status()).as(status.body()).isEqualTo(200);
                    return status.json().path("latency").path("1m");
                }, latency -> !latency.isMissingNode());
    }
}

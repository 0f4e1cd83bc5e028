package dev.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.vigil.contracts.probe.ProbeResult;
import dev.vigil.contracts.stats.LatencySummary;
import dev.vigil.contracts.stats.ServiceStats;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The all-regions statistics a clean run computes from the same committed results, written from docs/topics.md rather
 * than from analytics' code: a window counts the results whose {@code startedAt} lies in it, and p95/p99 are the
 * nearest-rank latencies of its successful probes, which analytics' sketch must report within its 1% relative
 * accuracy. A window analytics emitted twice, or with other figures, is what a crash without exactly-once leaves.
 */
final class StatsOracle {

    /** The sketch's relative accuracy (vigil.analytics.windows.relative-accuracy), as documented. */
    private static final double RELATIVE_ACCURACY = 0.01;
    /** Below this, relative accuracy means nothing: the sketch's smallest bucket for sub-millisecond probes. */
    private static final double ABSOLUTE_FLOOR_MS = 0.01;

    private StatsOracle() {
    }

    /**
     * Asserts that every all-regions window emitted for the monitors was emitted once and matches a clean
     * computation; returns how many windows were compared.
     */
    static int assertMatchesCleanRun(Set<UUID> monitors, List<ServiceStats> emitted, List<ProbeResult> results) {
        List<ServiceStats> windows = emitted.stream()
                .filter(stats -> monitors.contains(stats.monitorId()) && stats.region() == null).toList();
        Map<String, Long> copies = windows.stream()
                .collect(Collectors.groupingBy(StatsOracle::windowKey, Collectors.counting()));
        assertThat(copies).as("all-regions windows emitted more than once").allSatisfy((window, count) ->
                assertThat(count).as(window).isOne());
        for (ServiceStats stats : windows) {
            List<ProbeResult> inWindow = results.stream()
                    .filter(result -> result.monitorId().equals(stats.monitorId()))
                    .filter(result -> !result.startedAt().isBefore(stats.window().start())
                            && result.startedAt().isBefore(stats.window().end())).toList();
            String window = windowKey(stats);
            assertThat(stats.count()).as("results counted in %s", window).isEqualTo(inWindow.size());
            assertThat(stats.failures()).as("failures counted in %s", window)
                    .isEqualTo(inWindow.stream().filter(result -> !result.up()).count());
            List<Double> latencies = inWindow.stream().filter(ProbeResult::up)
                    .map(result -> result.timings().totalMs()).sorted(Comparator.naturalOrder()).toList();
            if (latencies.isEmpty()) {
                assertThat(stats.latency()).as("latency of %s without a successful probe", window).isNull();
                continue;
            }
            LatencySummary total = stats.latency().total();
            assertWithinAccuracy(total.p95Ms(), nearestRank(latencies, 0.95), "p95 of " + window);
            assertWithinAccuracy(total.p99Ms(), nearestRank(latencies, 0.99), "p99 of " + window);
        }
        return windows.size();
    }

    private static double nearestRank(List<Double> sorted, double quantile) {
        int rank = (int) Math.ceil(quantile * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    private static void assertWithinAccuracy(double reported, double exact, String what) {
        assertThat(reported).as(what).isCloseTo(exact, within(Math.max(exact * RELATIVE_ACCURACY, ABSOLUTE_FLOOR_MS)));
    }

    private static String windowKey(ServiceStats stats) {
        return stats.monitorId() + "@" + stats.window().start() + "/" + stats.window().sizeSeconds() + "s";
    }
}

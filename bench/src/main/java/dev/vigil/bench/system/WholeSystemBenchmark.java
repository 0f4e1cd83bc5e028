package dev.vigil.bench.system;

import dev.vigil.bench.support.Exit;
import dev.vigil.bench.support.Machine;
import dev.vigil.bench.support.Nginx;
import dev.vigil.bench.support.Results;
import dev.vigil.localstack.StackPorts;
import dev.vigil.localstack.VigilStack;
import dev.vigil.localstack.VigilStack.StackSettings;
import dev.vigil.testkit.keycloak.DemoUser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Issue 9 #5: the whole of Vigil on one machine — the local stack exactly as the README and the end-to-end tests
 * start it (Kafka, PostgreSQL, Keycloak in this JVM and its children, the six services from their jars) — with N
 * monitors at a 30 s interval on a loopback nginx, created through the gateway like a user's. N is stepped up; each
 * step runs for a bounded time and passes if scheduler lateness p99 stays under 1 s, no probe is dropped past its
 * deadline, every consumer group's lag stays bounded and no service ends. The figure is the largest N that passed;
 * the run stops at the first step that fails. Each step is appended to {@code bench/results/<date>-system.json}.
 *
 * <p>Arguments: the steps (comma-separated, default 1000,5000,10000,20000,50000) and the measured seconds per step
 * (default 600, the ten minutes).
 */
public final class WholeSystemBenchmark {

    static final String NAME = "system";
    private static final int INTERVAL_SECONDS = 30;
    private static final Duration SAMPLE_EVERY = Duration.ofSeconds(10);
    /** Creating 50,000 monitors takes minutes; the CDC path to the scheduler then needs a little longer. */
    private static final Duration SCHEDULED_LIMIT = Duration.ofMinutes(10);
    private static final Duration POLL = Duration.ofSeconds(2);
    /** One interval, so every new monitor has been scheduled at least once before measuring, plus a sample. */
    private static final Duration SETTLE = Duration.ofSeconds(INTERVAL_SECONDS).plus(SAMPLE_EVERY);
    /** The local stack's own demo settings; nothing here probes the demo's slow, flaky or TLS targets. */
    private static final Duration SLOW_DELAY = Duration.ofMillis(1500);
    private static final Duration FLAKY_PERIOD = Duration.ofSeconds(20);
    private static final Duration TLS_VALIDITY = Duration.ofDays(10);
    /**
     * Lifted: the quota (default 3 per tenant) and the gateway's per-tenant rate limit (20/s), which would make
     * creating 50,000 monitors take over 20 minutes. Restored to the service defaults: analytics' status refresh and
     * window grace, which the local stack shortens (20 s, 10 s) so its demo shows figures within minutes — at 50,000
     * monitors a 20 s refresh alone would add 2,500 status records a second that no deployment produces.
     */
    private static final String LIMIT = "1000000";
    private static final Map<String, Map<String, String>> OVERRIDES = Map.of(
            "registry-service", Map.of("vigil.registry.quota.default-max-active-monitors", LIMIT),
            "gateway", Map.of(
                    "vigil.gateway.rate-limit.replenish-per-second", LIMIT,
                    "vigil.gateway.rate-limit.burst-capacity", LIMIT),
            "analytics-streams", Map.of(
                    "vigil.analytics.status-refresh", "1m",
                    "vigil.analytics.windows.grace", "1m"));

    private WholeSystemBenchmark() {
    }

    public static void main(String[] args) {
        Exit.after(() -> run(args));
    }

    private static void run(String[] args) throws Exception {
        List<Integer> steps = Arrays.stream((args.length > 0 ? args[0] : "1000,5000,10000,20000,50000").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        Duration measured = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 600);
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        Path work = Files.createDirectories(root.resolve("bench/target/system"));
        Results results = Results.fromSystemProperties();

        Nginx nginx = Nginx.start(work.resolve("nginx"));
        VigilStack stack = null;
        try {
            stack = VigilStack.start(root, new StackSettings(StackPorts.free(), SLOW_DELAY, FLAKY_PERIOD, TLS_VALIDITY,
                    OVERRIDES));
            System.out.printf("stack ready (logs %s), target %s, steps %s, %d s each%n", stack.logs(), nginx.url(),
                    steps, measured.toSeconds());
            runSteps(stack, nginx.url(), steps, measured, results);
        } finally {
            if (stack != null) {
                stack.close();
            }
            nginx.close();
        }
    }

    private static void runSteps(VigilStack stack, String target, List<Integer> steps, Duration measured,
            Results results) throws Exception {
        var creator = new MonitorCreator(stack.gatewayUri(), List.of(DemoUser.ALICE, DemoUser.BOB), stack.keycloak(), target,
                INTERVAL_SECONDS);
        @Nullable StepOutcome largestPassed = null;
        try (ConsumerLag lag = ConsumerLag.connect(stack.kafka().bootstrapServers())) {
            var sampler = new Sampler(stack.ports().scheduler(), stack.ports().probe(), lag,
                    ProcessCpu.withPostgresOn(stack.ports().postgres()), stack.services());
            for (int monitors : steps) {
                MonitorCreator.Creation creation = creator.createUpTo(monitors);
                System.out.printf("== %,d monitors: created %,d in %.0f s (%.0f/s through the gateway), load %s%n",
                        monitors, creation.to() - creation.from(), creation.seconds(), creation.perSecond(),
                        Machine.loadAverage());
                Map<String, Object> figures = new LinkedHashMap<>();
                figures.put("intervalSeconds", INTERVAL_SECONDS);
                figures.put("creationSeconds", creation.seconds());
                figures.put("creationPerSecond", creation.perSecond());
                double scheduledAfter = awaitScheduled(sampler, monitors);
                figures.put("secondsUntilScheduled", scheduledAfter);
                if (scheduledAfter < 0) {
                    failed(results, figures, monitors, "the scheduler did not hold every monitor within "
                            + SCHEDULED_LIMIT + " (or a service ended)");
                    break;
                }
                Thread.sleep(SETTLE);
                List<Sample> samples = sampler.run(measured, SAMPLE_EVERY);
                if (samples.size() < 2) {
                    failed(results, figures, monitors, "metrics unreadable during the run");
                    break;
                }
                StepOutcome outcome = StepOutcome.of(monitors, samples);
                figures.putAll(outcome.figures());
                results.append(NAME, figures, Instant.now());
                print(outcome);
                if (!outcome.passed()) {
                    break;
                }
                largestPassed = outcome;
            }
        }
        System.out.printf("largest N that passed: %s (goal N >= 50,000)%n",
                largestPassed == null ? "none" : "%,d".formatted(largestPassed.monitors()));
    }

    private static void failed(Results results, Map<String, Object> figures, int monitors, String failure) {
        figures.put("monitors", monitors);
        figures.put("passed", false);
        figures.put("failures", List.of(failure));
        results.append(NAME, figures, Instant.now());
        System.out.printf("%,d monitors: FAILED, %s, load %s%n", monitors, failure, Machine.loadAverage());
    }

    /** Seconds until the scheduler holds all monitors; -1 if the CDC path did not deliver them in time. */
    private static double awaitScheduled(Sampler sampler, int monitors) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + SCHEDULED_LIMIT.toNanos();
        double scheduled = sampler.monitorsScheduled();
        while (scheduled < monitors) {
            if (System.nanoTime() > deadline || !sampler.servicesAlive()) {
                System.out.printf("   the scheduler holds %.0f of %d monitors%n", scheduled, monitors);
                return -1;
            }
            Thread.sleep(POLL);
            scheduled = sampler.monitorsScheduled();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("   all %,d scheduled %.0f s after the last create%n", monitors, seconds);
        return seconds;
    }

    private static void print(StepOutcome outcome) {
        System.out.printf("%,d monitors: %s over %.0f s, load %s%n", outcome.monitors(),
                outcome.passed() ? "PASSED" : "FAILED " + outcome.failures(), outcome.measuredSeconds(),
                Machine.loadAverage());
        System.out.printf("   lateness p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.0f ms; requests %.0f/s, "
                + "probes %.0f/s (expected %.0f/s); dropped past deadline %.0f%n",
                outcome.latenessP50() * 1e3, outcome.latenessP99() * 1e3, outcome.latenessP999() * 1e3,
                outcome.latenessMax() * 1e3, outcome.requestsPerSecond(), outcome.probesPerSecond(),
                (double) outcome.monitors() / INTERVAL_SECONDS, outcome.droppedPastDeadline());
        for (GroupLag group : outcome.groups()) {
            System.out.printf("   lag %-30s max %8d, last %8d, lowest in 2nd half %8d, growth %8.1f/s, arrivals %8.1f/s, %s%n",
                    group.group(), group.maxLag(), group.lastLag(), group.secondHalfMinLag(), group.slopePerSecond(),
                    group.arrivalPerSecond(),
                    group.bounded() ? "bounded" : "GROWING");
        }
        outcome.coresBusy().entrySet().stream()
                .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                .forEach(process -> System.out.printf("   cpu %-35s %.2f cores%n", process.getKey(),
                        process.getValue()));
    }
}

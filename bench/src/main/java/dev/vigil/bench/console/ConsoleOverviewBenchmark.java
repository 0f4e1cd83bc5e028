package dev.vigil.bench.console;

import dev.vigil.bench.support.Exit;
import dev.vigil.bench.support.Machine;
import dev.vigil.bench.support.Nginx;
import dev.vigil.bench.support.Quantiles;
import dev.vigil.bench.support.Results;
import dev.vigil.bench.system.MonitorCreator;
import dev.vigil.bench.system.ProcessCpu;
import dev.vigil.localstack.StackPorts;
import dev.vigil.localstack.VigilStack;
import dev.vigil.localstack.VigilStack.StackSettings;
import dev.vigil.testkit.browser.ChromiumSession;
import dev.vigil.testkit.keycloak.DemoUser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 15: "the page stays fast with 1,000 monitors". The local stack as the README starts it, one person (alice)
 * with N monitors (default 1,000) at a 30 s interval on a loopback nginx, created through the gateway, then - once
 * nearly every monitor has a state and a latency line - each {@link OverviewVariant} in turn, alternating, for
 * several rounds: the registry's {@code /api/v1/overview} straight from a client, and the console's overview page
 * loaded in Chromium through the gateway as a signed-in person. Reported per variant: the latency of one page
 * (client-side for the API; for the page, Chromium's navigation timing from request to the HTML's last byte and to
 * DOMContentLoaded), the HTML's size, and the server CPU per page (the processes of {@link OverviewVariant#servers()},
 * read from /proc) as pages per CPU-second. Each round is appended to {@code bench/results/<date>-console.json}.
 *
 * <p>Arguments: monitors (default 1000), rounds (default 3), pages per variant per round (default 40).
 */
public final class ConsoleOverviewBenchmark {

    static final String NAME = "console";
    private static final int INTERVAL_SECONDS = 30;
    private static final String LIMIT = "1000000";
    /** Lifted as in the whole-system benchmark: the quota (3) and the gateway's per-tenant rate limit. */
    private static final Map<String, Map<String, String>> OVERRIDES = Map.of(
            "registry-service", Map.of("vigil.registry.quota.default-max-active-monitors", LIMIT),
            "gateway", Map.of(
                    "vigil.gateway.rate-limit.replenish-per-second", LIMIT,
                    "vigil.gateway.rate-limit.burst-capacity", LIMIT));
    private static final Duration SLOW_DELAY = Duration.ofMillis(1500);
    private static final Duration FLAKY_PERIOD = Duration.ofSeconds(20);
    private static final Duration TLS_VALIDITY = Duration.ofDays(10);
    /** A latency line needs two closed 1m windows; then every monitor has had several results. */
    private static final Duration SETTLE_LIMIT = Duration.ofMinutes(10);
    private static final double SETTLED_SHARE = 0.95;
    private static final Duration POLL = Duration.ofSeconds(10);
    private static final int API_PAGE = 100;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ConsoleOverviewBenchmark() {
    }

    public static void main(String[] args) {
        Exit.after(() -> run(args));
    }

    private static void run(String[] args) throws Exception {
        int monitors = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int pages = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        Path work = Files.createDirectories(root.resolve("bench/target/console"));
        Results results = Results.fromSystemProperties();

        try (Nginx nginx = Nginx.start(work.resolve("nginx"));
                VigilStack stack = VigilStack.start(root, new StackSettings(StackPorts.free(), SLOW_DELAY,
                        FLAKY_PERIOD, TLS_VALIDITY, OVERRIDES))) {
            var creator = new MonitorCreator(stack.gatewayUri(), List.of(DemoUser.ALICE), stack.keycloak(),
                    nginx.url(), INTERVAL_SECONDS);
            MonitorCreator.Creation creation = creator.createUpTo(monitors);
            System.out.printf("created %,d monitors for alice in %.0f s, load %s%n", monitors, creation.seconds(),
                    Machine.loadAverage());
            URI api = URI.create("http://localhost:" + stack.ports().registry() + "/api/v1/overview");
            var client = new ApiPages(api, stack);
            awaitSettled(client, monitors);
            var cpu = ProcessCpu.withPostgresOn(stack.ports().postgres());
            try (var browser = ChromiumSession.start(root)) {
                signIn(browser, stack.gatewayUri());
                List<OverviewVariant> variants = OverviewVariant.all(monitors);
                Map<String, List<Round>> byVariant = new LinkedHashMap<>();
                for (int round = 1; round <= rounds; round++) {
                    for (OverviewVariant variant : variants) {
                        Round measured = measure(variant, pages, client, browser, stack.gatewayUri(), cpu);
                        byVariant.computeIfAbsent(variant.name(), name -> new ArrayList<>()).add(measured);
                        results.append(NAME, figures(variant, round, monitors, measured), Instant.now());
                    }
                }
                print(monitors, byVariant);
            }
        }
    }

    /** One variant's pages in one round. */
    record Round(double[] latencyMs, double[] contentLoadedMs, long bytes, double serverCpuSeconds, int pages,
            String loadAverage) {

        double pagesPerCpuSecond() {
            return serverCpuSeconds > 0 ? pages / serverCpuSeconds : Double.NaN;
        }
    }

    private static Round measure(OverviewVariant variant, int pages, ApiPages client, ChromiumSession browser,
            URI gateway, ProcessCpu cpu) throws Exception {
        double[] latency = new double[pages];
        double[] contentLoaded = new double[pages];
        long bytes = 0;
        Map<Long, ProcessCpu.Reading> before = cpu.read();
        for (int page = 0; page < pages; page++) {
            if (variant.inBrowser()) {
                browser.driver().get(gateway.resolve("/" + (variant.query().isEmpty() ? "" : "?" + variant.query()))
                        .toString());
                browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("monitors")));
                @SuppressWarnings("unchecked")
                List<Number> timing = (List<Number>) ((JavascriptExecutor) browser.driver()).executeScript("""
                        const n = performance.getEntriesByType('navigation')[0];
                        return [n.responseEnd - n.requestStart, n.domContentLoadedEventEnd - n.startTime,
                                n.transferSize > 0 ? n.transferSize : n.encodedBodySize];""");
                latency[page] = timing.get(0).doubleValue();
                contentLoaded[page] = timing.get(1).doubleValue();
                bytes = timing.get(2).longValue();
            } else {
                long start = System.nanoTime();
                HttpResponse<String> answer = client.get(variant.query());
                latency[page] = (System.nanoTime() - start) / 1e6;
                bytes = answer.body().length();
            }
        }
        double serverCpu = serverCpuSeconds(before, cpu.read(), variant.servers());
        return new Round(latency, contentLoaded, bytes, serverCpu, pages, Machine.loadAverage());
    }

    private static double serverCpuSeconds(Map<Long, ProcessCpu.Reading> before, Map<Long, ProcessCpu.Reading> after,
            List<String> servers) {
        double total = 0;
        for (Map.Entry<Long, ProcessCpu.Reading> process : after.entrySet()) {
            if (servers.contains(process.getValue().name())) {
                ProcessCpu.Reading earlier = before.get(process.getKey());
                total += process.getValue().cpuSeconds() - (earlier == null ? 0 : earlier.cpuSeconds());
            }
        }
        return total;
    }

    /** Waits until nearly every monitor has a state and a latency line, so pages carry their full weight. */
    private static void awaitSettled(ApiPages client, int monitors) throws Exception {
        long deadline = System.nanoTime() + SETTLE_LIMIT.toNanos();
        int settled = 0;
        while (System.nanoTime() < deadline) {
            settled = 0;
            for (int page = 0; page * API_PAGE < monitors; page++) {
                JsonNode answer = JSON.readTree(client.get("size=" + API_PAGE + "&page=" + page).body());
                settled += (int) answer.path("items").valueStream()
                        .filter(item -> !item.path("state").asString().equals("unknown"))
                        .filter(item -> item.path("latency").size() >= 2)
                        .count();
            }
            System.out.printf("%,d of %,d monitors have a state and a latency line, load %s%n", settled, monitors,
                    Machine.loadAverage());
            if (settled >= monitors * SETTLED_SHARE) {
                return;
            }
            Thread.sleep(POLL);
        }
        throw new IllegalStateException("only " + settled + " of " + monitors + " monitors settled within "
                + SETTLE_LIMIT);
    }

    private static void signIn(ChromiumSession browser, URI gateway) {
        browser.driver().get(gateway.resolve("/").toString());
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        browser.driver().findElement(By.id("username")).sendKeys(DemoUser.ALICE.username());
        browser.driver().findElement(By.id("password")).sendKeys(DemoUser.ALICE.password());
        browser.driver().findElement(By.id("kc-login")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("monitors")));
    }

    private static Map<String, Object> figures(OverviewVariant variant, int round, int monitors, Round measured) {
        Quantiles latency = Quantiles.of(measured.latencyMs());
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("variant", variant.name());
        figures.put("round", round);
        figures.put("monitors", monitors);
        figures.put("pages", measured.pages());
        figures.put("latencyP50Ms", latency.at(0.5));
        figures.put("latencyP95Ms", latency.at(0.95));
        if (variant.inBrowser()) {
            figures.put("domContentLoadedP50Ms", Quantiles.of(measured.contentLoadedMs()).at(0.5));
        }
        figures.put("bytes", measured.bytes());
        figures.put("serverCpuSeconds", measured.serverCpuSeconds());
        figures.put("pagesPerServerCpuSecond", measured.pagesPerCpuSecond());
        figures.put("servers", variant.servers());
        figures.put("loadAverage", measured.loadAverage());
        return figures;
    }

    private static void print(int monitors, Map<String, List<Round>> byVariant) {
        System.out.printf("%n%,d monitors, %d rounds; per variant: latency p50 / p95 over every page of every round,"
                + " DOMContentLoaded p50, HTML bytes, pages per server CPU-second (each round)%n", monitors,
                byVariant.values().iterator().next().size());
        byVariant.forEach((variant, rounds) -> {
            double[] latency = rounds.stream().flatMapToDouble(round -> Arrays.stream(round.latencyMs()))
                    .toArray();
            double[] loaded = rounds.stream()
                    .flatMapToDouble(round -> Arrays.stream(round.contentLoadedMs())).toArray();
            Quantiles all = Quantiles.of(latency);
            System.out.printf("| %s | %.1f / %.1f ms | %s | %,d B | %s |%n", variant, all.at(0.5), all.at(0.95),
                    loaded.length > 0 && loaded[0] > 0 ? "%.1f ms".formatted(Quantiles.of(loaded).at(0.5)) : "-",
                    rounds.getLast().bytes(), String.join(", ", rounds.stream()
                            .map(round -> "%.0f".formatted(round.pagesPerCpuSecond())).toList()));
        });
    }

    /** The registry's overview API as alice, with a token renewed well inside its lifespan. */
    private static final class ApiPages {

        private static final Duration TOKEN_REUSE = Duration.ofMinutes(3);

        private final URI api;
        private final VigilStack stack;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        private String token;
        private long tokenAt;

        ApiPages(URI api, VigilStack stack) {
            this.api = api;
            this.stack = stack;
            renew();
        }

        HttpResponse<String> get(String query) throws Exception {
            if (System.nanoTime() - tokenAt > TOKEN_REUSE.toNanos()) {
                renew();
            }
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(api + "?" + query))
                    .timeout(TIMEOUT).header("Authorization", "Bearer " + token).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("overview answered " + answer.statusCode() + ": " + answer.body());
            }
            return answer;
        }

        private void renew() {
            token = stack.keycloak().accessToken(DemoUser.ALICE);
            tokenAt = System.nanoTime();
        }
    }
}

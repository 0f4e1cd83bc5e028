package dev.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.contracts.topic.Topics;
import dev.vigil.testkit.keycloak.DemoUser;
import dev.vigil.testkit.stack.ServiceProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The Grafana dashboard and the Prometheus rules that ship with the chart and compose query only
 * metrics the running services really export: a renamed meter breaks this test, not an on-call night.
 * Some counters exist only after their first increment, so the test first provokes each once, the way
 * production would: unreadable records on the topics and a webhook receiver that answers 404.
 */
@Order(Integer.MAX_VALUE)
class ObservabilityIntegrationTest {

    private static final Path DASHBOARD = Path.of("helm", "vigil", "dashboards", "vigil.json");
    private static final Path RULES = Path.of("helm", "vigil", "rules", "vigil-rules.yml");
    /** Prometheus makes {@code up} itself for every target it scrapes. */
    private static final Set<String> MADE_BY_PROMETHEUS = Set.of("up");
    /** Failed deliveries go through the notifier's retry and dead-letter topics before they are counted. */
    private static final Duration EXPORTED = Duration.ofMinutes(2);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String DATASOURCE_VARIABLE = "datasource";

    private static VigilSystem system;
    private static Path repository;

    @BeforeAll
    static void everyMeterHasHadACause() {
        system = VigilSystem.shared();
        AliceMission.shared(system);
        repository = Path.of(System.getProperty("vigil.repository", "..")).toAbsolutePath().normalize();
        String monitor = UUID.randomUUID().toString();
        system.stack().kafka().send(Topics.PROBE_RESULTS.name(), new StringSerializer(), new StringSerializer(),
                monitor, "{not a probe result");
        system.stack().kafka().send(Topics.ALERTS.name(), new StringSerializer(), new StringSerializer(),
                monitor, "{not an alert");
        aWebhookChannelThatAnswers404IsTested();
    }

    @Test
    void everyMetricTheDashboardQueriesIsExportedBySomeService() {
        Set<String> queried = new TreeSet<>();
        collectQueries(JsonMapper.builder().build().readTree(repository.resolve(DASHBOARD).toFile()), queried);

        assertAllExported(queried);
    }

    @Test
    void everyMetricTheAlertRulesQueryIsExportedBySomeService() {
        JsonNode rules = YAMLMapper.builder().build().readTree(repository.resolve(RULES).toFile());
        Set<String> queried = new TreeSet<>();
        rules.get("groups").forEach(group -> group.get("rules")
                .forEach(rule -> queried.addAll(PromQlMetrics.in(rule.get("expr").asString()))));

        assertAllExported(queried);
    }

    private static void assertAllExported(Set<String> queried) {
        assertThat(queried).as("metrics found in the queries").hasSizeGreaterThan(MADE_BY_PROMETHEUS.size());
        await("every queried metric exported").atMost(EXPORTED).pollInterval(Duration.ofSeconds(5))
                .untilAsserted(() -> {
                    Set<String> missing = new TreeSet<>(queried);
                    missing.removeAll(MADE_BY_PROMETHEUS);
                    missing.removeAll(exported());
                    assertThat(missing).as("queried but exported by no service").isEmpty();
                });
    }

    /**
     * Dashboard panels and query variables keep their PromQL under {@code expr}, {@code query} or {@code definition};
     * a datasource variable's {@code query} names a datasource type instead.
     */
    private static void collectQueries(JsonNode node, Set<String> queried) {
        if (DATASOURCE_VARIABLE.equals(node.path("type").asString(""))) {
            return;
        }
        node.properties().forEach(field -> {
            JsonNode value = field.getValue();
            if (value.isString() && Set.of("expr", "query", "definition").contains(field.getKey())) {
                queried.addAll(PromQlMetrics.in(value.asString()));
            }
        });
        node.forEach(child -> collectQueries(child, queried));
    }

    /** Every series name the six services expose right now in the Prometheus text format. */
    private static Set<String> exported() {
        Set<String> names = new TreeSet<>();
        for (ServiceProcess service : system.stack().services()) {
            scrape(service.baseUri().resolve("/actuator/prometheus")).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("[{ ]", 2)[0])
                    .forEach(names::add);
        }
        return names;
    }

    private static String scrape(URI uri) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void aWebhookChannelThatAnswers404IsTested() {
        system.stack().webhooks().respond("/gone", 404, "text/plain", "no such hook");
        String admin = system.tokens().of(DemoUser.ADMIN);
        URI gone = URI.create("http://127.0.0.1:" + system.stack().webhooks().port() + "/gone");
        ApiResponse channel = system.gateway().post(admin, "/api/v1/channels", """
                {"name": "retired hook", "kind": "webhook", "url": "%s"}""".formatted(gone));
        assertThat(channel.status()).as(channel.body()).isEqualTo(201);
        ApiResponse test = system.gateway().post(admin, "/api/v1/channels/" + channel.json().get("id").asString()
                + "/test", "");
        assertThat(test.status()).as(test.body()).isBetween(200, 299);
    }
}

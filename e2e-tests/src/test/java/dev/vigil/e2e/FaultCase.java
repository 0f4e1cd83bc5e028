package dev.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.alert.AlertType;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.testkit.http.RecordedRequest;
import dev.vigil.testkit.keycloak.DemoUser;
import dev.vigil.testkit.mail.ReceivedMail;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * One fault case's monitors and its check of the promise: alice's monitors at a 1 s interval on paths of the fault
 * system's target server, made to fail and recover in turn while the case breaks something; then the oracle's alerts
 * must be on {@code vigil.alerts.v1} (read_committed) exactly once each and reach the mail and the webhook channel
 * exactly once each, and no alert of these monitors may reach a channel twice.
 */
final class FaultCase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FaultCase.class);
    private static final int INTERVAL_SECONDS = 1;
    private static final int FAILURE_THRESHOLD = 2;
    private static final int TIMEOUT_MS = 800;
    /** Long enough that every round of a phase is decided the same way, short enough for many incidents a minute. */
    static final Duration PHASE = Duration.ofSeconds(6);
    /** Quiet time after the last expected delivery in which a duplicate would have shown up. */
    private static final Duration DUPLICATE_WINDOW = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration COOLDOWN = Duration.ofSeconds(1);

    private final FaultSystem system;
    private final String name;
    private final Map<UUID, String> paths = new HashMap<>();
    private final ScheduledExecutorService flapper = Executors.newSingleThreadScheduledExecutor();

    private FaultCase(FaultSystem system, String name) {
        this.system = system;
        this.name = name;
    }

    /** Creates the case's monitors through the API, each healthy until the case makes it flap. */
    static FaultCase create(FaultSystem system, String name, int monitors) {
        var created = new FaultCase(system, name);
        String alice = system.tokens().of(DemoUser.ALICE);
        for (int i = 0; i < monitors; i++) {
            String path = "/" + name + "/" + i;
            system.targets().respond(path, 200, "text/plain", "ok");
            ApiResponse response = system.gateway().post(alice, "/api/v1/monitors", """
                    {"name": "%s %d", "kind": "http", "target": "%s", "intervalSeconds": %d, "timeoutMs": %d,
                     "failureThreshold": %d,
                     "http": {"method": "get", "expectedStatusCodes": [{"from": 200, "to": 299}]}}"""
                    .formatted(name, i, system.targets().uri().resolve(path), INTERVAL_SECONDS, TIMEOUT_MS,
                            FAILURE_THRESHOLD));
            assertThat(response.status()).as(response.body()).isEqualTo(201);
            created.paths.put(UUID.fromString(response.json().get("id").asString()), path);
        }
        return created;
    }

    /** Starts failing and recovering every monitor in turn, one {@link #PHASE} each, monitors a phase apart. */
    void startFlapping() {
        List<String> targets = List.copyOf(paths.values());
        long start = System.nanoTime();
        flapper.scheduleAtFixedRate(() -> {
            long phase = (System.nanoTime() - start) / PHASE.toNanos();
            for (int i = 0; i < targets.size(); i++) {
                boolean failing = (phase + i) % 2 == 1;
                system.targets().respond(targets.get(i), failing ? 503 : 200, "text/plain", failing ? "down" : "ok");
            }
        }, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Makes every target of the case answer 503 until {@link #settle}. */
    void failAll() {
        paths.values().forEach(path -> system.targets().respond(path, 503, "text/plain", "down"));
    }

    /** Stops the flapping and leaves every target healthy, so open incidents recover and nothing new opens. */
    void settle() {
        flapper.shutdownNow();
        try {
            flapper.awaitTermination(POLL.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        paths.values().forEach(path -> system.targets().respond(path, 200, "text/plain", "ok"));
    }

    /**
     * Waits until the oracle's alerts are all on the topic and at both channels, lets a duplicate window pass, then
     * asserts nothing is missing and nothing doubled; returns the figures for docs/reliability.md.
     */
    Figures assertEveryAlertExactlyOnce(Duration timeout) {
        settle();
        await(name + ": every expected alert on the topic and at both channels").atMost(timeout).pollInterval(POLL)
                .untilAsserted(() -> {
                    Set<UUID> expected = expected().keySet();
                    assertThat(expected).as("the case produced incidents").isNotEmpty();
                    assertThat(onTopic(alerts()).keySet()).containsAll(expected);
                    assertThat(webhookCounts().keySet()).containsAll(expected);
                    assertThat(mailCounts().keySet()).containsAll(expected);
                });
        await(name + ": no alert on the topic or at a channel twice").during(DUPLICATE_WINDOW)
                .atMost(DUPLICATE_WINDOW.multipliedBy(2)).pollInterval(POLL).untilAsserted(() -> {
                    assertThat(doubled(onTopic(alerts()))).as("alerts on the topic twice").isZero();
                    assertThat(doubled(webhookCounts())).as("alerts delivered twice by webhook").isZero();
                    assertThat(doubled(mailCounts())).as("alerts delivered twice by mail").isZero();
                });

        Map<UUID, AlertType> expected = expected();
        List<Alert> alerts = alerts();
        Map<UUID, Long> onTopic = onTopic(alerts);
        Map<UUID, Long> webhooks = webhookCounts();
        Map<UUID, Long> mails = mailCounts();
        Set<UUID> streaksAndRecoveries = alerts.stream()
                .filter(alert -> alert.type() == AlertType.FAILURE_STREAK || alert.type() == AlertType.RECOVERY)
                .map(Alert::id).collect(Collectors.toSet());
        var figures = new Figures(name, expected.size(), streaksAndRecoveries.size(), doubled(onTopic),
                delivered(expected, webhooks), doubled(webhooks), delivered(expected, mails), doubled(mails));
        log.atInfo().addKeyValue("figures", figures).log("fault case checked");

        assertThat(streaksAndRecoveries).as("failure_streak and recovery alerts on the topic")
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(figures.doubledOnTopic()).as("alerts on the topic twice").isZero();
        assertThat(figures.deliveredByWebhook()).as("expected alerts delivered by webhook").isEqualTo(expected.size());
        assertThat(figures.deliveredByMail()).as("expected alerts delivered by mail").isEqualTo(expected.size());
        assertThat(figures.doubledByWebhook()).as("alerts delivered twice by webhook").isZero();
        assertThat(figures.doubledByMail()).as("alerts delivered twice by mail").isZero();
        return figures;
    }

    Set<UUID> monitors() {
        return paths.keySet();
    }

    /** The types of the alerts on the topic for each of the case's monitors, in the order they were raised. */
    Map<UUID, List<AlertType>> alertTypes() {
        return alerts().stream().collect(Collectors.groupingBy(Alert::monitorId,
                Collectors.mapping(Alert::type, Collectors.toList())));
    }

    private Map<UUID, AlertType> expected() {
        Map<UUID, MonitorSnapshot> monitors = new HashMap<>();
        system.stack().kafka().readCommitted(Topics.MONITORS).stream()
                .filter(record -> paths.containsKey(record.key()) && record.value() != null)
                .forEach(record -> monitors.put(record.key(), record.value()));
        return new IncidentOracle(COOLDOWN).expected(monitors,
                system.stack().kafka().readCommitted(Topics.PROBE_RESULTS));
    }

    private List<Alert> alerts() {
        return system.stack().kafka().readCommitted(Topics.ALERTS).stream().map(ConsumerRecord::value)
                .filter(Objects::nonNull).filter(alert -> paths.containsKey(alert.monitorId())).toList();
    }

    private static Map<UUID, Long> onTopic(List<Alert> alerts) {
        return alerts.stream().collect(Collectors.groupingBy(Alert::id, Collectors.counting()));
    }

    private Map<UUID, Long> webhookCounts() {
        List<UUID> ids = new ArrayList<>();
        for (RecordedRequest request : system.stack().webhooks().requests()) {
            JsonNode alert = Deliveries.alertOf(request);
            if (alert != null && paths.containsKey(UUID.fromString(alert.path("monitorId").asString()))) {
                ids.add(UUID.fromString(alert.path("id").asString()));
            }
        }
        return ids.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private Map<UUID, Long> mailCounts() {
        Set<UUID> ofTheseMonitors = alerts().stream().map(Alert::id).collect(Collectors.toSet());
        return system.stack().mail().received().stream()
                .filter(mail -> mail.to().contains(FaultSystem.MAIL) && mail.alertId() != null)
                .map(ReceivedMail::alertId).map(UUID::fromString).filter(ofTheseMonitors::contains)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static int delivered(Map<UUID, AlertType> expected, Map<UUID, Long> counts) {
        return (int) expected.keySet().stream().filter(counts::containsKey).count();
    }

    private static int doubled(Map<UUID, Long> counts) {
        return (int) counts.values().stream().filter(count -> count > 1).count();
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** Pauses the case's monitors, so later cases' checks and the system's load are not theirs to carry. */
    @Override
    public void close() {
        settle();
        String alice = system.tokens().of(DemoUser.ALICE);
        paths.keySet().forEach(id -> system.gateway().post(alice, "/api/v1/monitors/" + id + "/pause", ""));
    }

    /** What a case measured: alerts expected, on the topic, delivered per channel, and how many of them twice. */
    record Figures(String fault, int expected, int onTopic, int doubledOnTopic, int deliveredByWebhook,
            int doubledByWebhook, int deliveredByMail, int doubledByMail) {
    }
}

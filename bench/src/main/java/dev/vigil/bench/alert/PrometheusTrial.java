package dev.vigil.bench.alert;

import dev.vigil.bench.support.Machine;
import dev.vigil.bench.support.Quantiles;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One trial of the peer, shaped like Vigil's: a fresh target is probed until it has answered three healthy probes,
 * then goes down; the figure is target down → Alertmanager's firing webhook for that target. The alert's startsAt
 * (Prometheus sends the instant the rule fired, after {@code for: 2s}) splits it into detection (scrape, evaluation
 * and the 2 s hold) and notification (Prometheus → Alertmanager → group_wait → webhook).
 */
final class PrometheusTrial {

    private static final int HEALTHY_PROBES = 3;
    private static final Duration TRIAL_LIMIT = Duration.ofSeconds(90);
    private static final Duration POLL = Duration.ofMillis(5);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PrometheusTrial() {
    }

    static Map<String, Object> run(PrometheusAlertingStack stack, WebhookReceiver receiver, int trial)
            throws IOException, InterruptedException {
        Target target = Target.start();
        // A unique path makes the alert's instance label, and so its webhook, this trial's alone.
        String url = "http://127.0.0.1:" + target.port() + "/trial-" + trial + "-" + UUID.randomUUID();
        long deadline = System.nanoTime() + TRIAL_LIMIT.toNanos();
        stack.watch(url);
        try {
            while (target.served() < HEALTHY_PROBES) {
                await(deadline, "healthy probes of Prometheus trial " + trial);
            }
            Instant down = target.goDown();
            while (receiver.firstAbout(url).isEmpty()) {
                await(deadline, "the Alertmanager webhook of trial " + trial);
            }
            WebhookReceiver.Delivery webhook = receiver.firstAbout(url).orElseThrow();
            Instant fired = firedAt(webhook.body());
            double total = millis(down, webhook.received());
            System.out.printf("prometheus trial %2d: down -> webhook %6.0f ms; down -> rule fired %5.0f ms"
                    + " -> webhook %5.0f ms; load %s%n", trial, total, millis(down, fired),
                    millis(fired, webhook.received()), Machine.loadAverage());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("downToWebhookMs", total);
            row.put("downToRuleFiredMs", millis(down, fired));
            row.put("ruleFiredToWebhookMs", millis(fired, webhook.received()));
            row.put("loadAverage", Machine.loadAverage());
            return row;
        } finally {
            target.goDown();
            stack.watchNothing();
        }
    }

    /** The peer's figures for the results file, with the ratio of its down → webhook median to Vigil's. */
    static Map<String, Object> figures(List<Map<String, Object>> rows, int failed, double vigilMedianMs) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("stack", "prometheus + prometheus-alertmanager + prometheus-blackbox-exporter (Debian), scrape and "
                + "evaluation 1s, rule " + PrometheusAlertingStack.RULE + ", group_wait 1s, group_interval 1s");
        figures.put("failedTrials", failed);
        figures.put("trials", rows);
        if (rows.isEmpty()) {
            System.out.println("prometheus: no trial completed");
            return figures;
        }
        Quantiles totals = AlertLatencyBenchmark.quantiles(rows, "downToWebhookMs");
        Quantiles detection = AlertLatencyBenchmark.quantiles(rows, "downToRuleFiredMs");
        Quantiles notifying = AlertLatencyBenchmark.quantiles(rows, "ruleFiredToWebhookMs");
        double ratio = totals.at(0.5) / vigilMedianMs;
        System.out.printf("prometheus, %d trials (%d failed): target down -> webhook p50 %.0f ms p99 %.0f ms, of which "
                + "down -> rule fired p50 %.0f, rule fired -> webhook p50 %.0f; Prometheus/Vigil median ratio %.2f; "
                + "load %s%n", rows.size(), failed, totals.at(0.5), totals.at(0.99), detection.at(0.5),
                notifying.at(0.5), ratio, Machine.loadAverage());
        figures.put("downToWebhookP50Ms", totals.at(0.5));
        figures.put("downToWebhookP99Ms", totals.at(0.99));
        figures.put("downToRuleFiredP50Ms", detection.at(0.5));
        figures.put("ruleFiredToWebhookP50Ms", notifying.at(0.5));
        figures.put("prometheusToVigilDownToWebhookMedianRatio", ratio);
        return figures;
    }

    /** The firing alert's startsAt, which Prometheus sets to the evaluation at which the rule fired. */
    private static Instant firedAt(String body) {
        JsonNode alert = JSON.readTree(body).path("alerts").path(0);
        if (!"firing".equals(alert.path("status").asString())) {
            throw new IllegalStateException("the first webhook about the target is not a firing alert: " + body);
        }
        return Instant.parse(alert.path("startsAt").asString());
    }

    private static double millis(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e6;
    }

    private static void await(long deadline, String what) throws InterruptedException {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("no " + what + " within " + TRIAL_LIMIT);
        }
        Thread.sleep(POLL);
    }
}

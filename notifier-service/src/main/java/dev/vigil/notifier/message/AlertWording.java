package dev.vigil.notifier.message;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.alert.AlertDetails;
import dev.vigil.contracts.alert.AlertType;
import dev.vigil.contracts.alert.GroupedAlert;
import dev.vigil.notifier.NotifierProperties;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Words and figures for an alert: what happened, when, the numbers that triggered it and where to look. */
@Component
public class AlertWording {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final URI dashboard;

    public AlertWording(NotifierProperties properties) {
        this.dashboard = properties.dashboardBaseUrl();
    }

    /** "[Vigil] Checkout API is down at 2026-11-21 20:45 UTC". */
    public String subject(Alert alert) {
        return "[Vigil] " + alert.monitorName() + " " + happened(alert.type()) + " at " + when(alert);
    }

    public String when(Alert alert) {
        return WHEN.format(alert.occurredAt());
    }

    public String happened(AlertType type) {
        return switch (type) {
            case FAILURE_STREAK -> "is down";
            case RECOVERY -> "has recovered";
            case STILL_DOWN -> "is still down";
            case SLA_BREACH -> "breached its SLA";
            case SLA_RESTORED -> "is back within its SLA";
            case BUDGET_BURN -> "is burning its error budget fast";
            case LATENCY_BREACH -> "is slow";
            case LATENCY_RESTORED -> "is fast again";
            case TLS_EXPIRY -> "has a TLS certificate about to expire";
            case PROBE_MISSING -> "has no probe results";
            case TEST -> "sent a test notification";
        };
    }

    public URI link(Alert alert) {
        String base = dashboard.toString().replaceAll("/+$", "");
        return URI.create(base + "/monitors/" + alert.monitorId());
    }

    /**
     * The alert's figures, then one line per alert raised with it (a lead carries them in {@code raisedWith}), so one
     * notification tells the whole incident: "Also breached its SLA: Availability 98.000%, Error budget left ...".
     */
    public List<Figure> figures(Alert alert) {
        List<Figure> figures = figures(alert.details());
        for (GroupedAlert companion : alert.raisedWith()) {
            String summary = figures(companion.details()).stream()
                    .map(figure -> figure.label() + " " + figure.value())
                    .collect(Collectors.joining(", "));
            figures.add(new Figure("Also " + happened(companion.type()),
                    summary.isEmpty() ? WHEN.format(companion.occurredAt()) : summary));
        }
        return figures;
    }

    private static List<Figure> figures(AlertDetails d) {
        List<Figure> figures = new ArrayList<>();
        add(figures, "Failed checks in a row", d.streak(), String::valueOf);
        add(figures, "Down for", d.downtimeSeconds(), seconds -> duration(Duration.ofSeconds(seconds)));
        add(figures, "Availability", d.availability(), value -> percent(value * 100));
        add(figures, "SLA target", d.slaTargetPercent(), AlertWording::percent);
        add(figures, "Error budget left", d.errorBudgetRemaining(), value -> percent(value * 100));
        add(figures, "Burn rate", d.burnRate(), value -> String.format(Locale.ROOT, "%.1fx", value));
        add(figures, "p95 latency", d.p95Ms(), AlertWording::millis);
        add(figures, "p99 latency", d.p99Ms(), AlertWording::millis);
        add(figures, "Threshold", d.thresholdMs(), AlertWording::millis);
        add(figures, "Days to certificate expiry", d.tlsDaysRemaining(), String::valueOf);
        if (!d.failingRegions().isEmpty()) {
            figures.add(new Figure("Failing regions", String.join(", ", d.failingRegions())));
        }
        add(figures, "Last error", d.lastError(), Function.identity());
        add(figures, "Note", d.message(), Function.identity());
        return figures;
    }

    private static <T> void add(List<Figure> figures, String label, @Nullable T value, Function<T, String> format) {
        if (value != null) {
            figures.add(new Figure(label, format.apply(value)));
        }
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.3f%%", value);
    }

    private static String millis(double value) {
        return String.format(Locale.ROOT, "%.0f ms", value);
    }

    private static String duration(Duration duration) {
        return duration.toString().substring(2).toLowerCase(Locale.ROOT);
    }
}

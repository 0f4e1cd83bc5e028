package dev.vigil.console.maintenance;

import static dev.vigil.console.api.TypedValues.integer;
import static dev.vigil.console.api.TypedValues.put;

import dev.vigil.console.api.FieldProblem;
import dev.vigil.console.manage.FieldErrors;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A new maintenance window as one of the page's three forms holds it, every field as typed. Each type's inputs
 * have names of their own, so the three forms can share one page and the API's message lands in the form that was
 * sent.
 *
 * @param type {@code one_off}, {@code weekly} or {@code cron}, from the submitted form's hidden field
 * @param oneOffStart a {@code datetime-local} value, read in {@code oneOffZone}
 * @param weeklyDays lowercase day names, as the API names them
 * @param weeklyStartTime a {@code time} value such as {@code 02:00}
 */
public record WindowForm(
        @Nullable String type,
        @Nullable String oneOffStart, @Nullable String oneOffEnd, @Nullable String oneOffZone,
        @Nullable List<String> weeklyDays, @Nullable String weeklyStartTime, @Nullable String weeklyDuration,
        @Nullable String weeklyZone,
        @Nullable String cronExpression, @Nullable String cronDuration, @Nullable String cronZone) {

    public static final List<String> DAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    static final String DEFAULT_ZONE = "UTC";
    private static final Map<String, Map<String, String>> INPUTS = Map.of(
            "one_off", Map.of("start", "oneOffStart", "end", "oneOffEnd", "zone", "oneOffZone"),
            "weekly", Map.of("days", "weeklyDays", "startTime", "weeklyStartTime", "durationMinutes",
                    "weeklyDuration", "zone", "weeklyZone"),
            "cron", Map.of("expression", "cronExpression", "durationMinutes", "cronDuration", "zone", "cronZone"));

    static WindowForm blank() {
        return new WindowForm(null, null, null, DEFAULT_ZONE, List.of(), null, null, DEFAULT_ZONE, null, null,
                DEFAULT_ZONE);
    }

    public boolean onDay(String day) {
        return weeklyDays != null && weeklyDays.contains(day);
    }

    /** The window as the API's JSON; what does not convert is sent as typed, so the API names the field. */
    Map<String, Object> toWindow() {
        String chosen = type == null ? "" : type;
        var window = new LinkedHashMap<String, Object>();
        window.put("type", chosen);
        switch (chosen) {
            case "one_off" -> {
                put(window, "start", instant(oneOffStart, oneOffZone));
                put(window, "end", instant(oneOffEnd, oneOffZone));
            }
            case "weekly" -> {
                window.put("days", weeklyDays == null ? List.of() : List.copyOf(weeklyDays));
                put(window, "startTime", weeklyStartTime);
                put(window, "durationMinutes", integer(weeklyDuration));
                put(window, "zone", weeklyZone);
            }
            case "cron" -> {
                put(window, "expression", cronExpression);
                put(window, "durationMinutes", integer(cronDuration));
                put(window, "zone", cronZone);
            }
            default -> {
                // An unknown type goes as it is; the API refuses it at the window itself.
            }
        }
        return window;
    }

    /**
     * The API's problems at this form's inputs. The API names a field by the window's index in the list it got,
     * e.g. {@code [2].expression}, or {@code maintenanceWindows[2].expression} in a monitor; only the new window's
     * problems belong to the form, any other is listed above it.
     *
     * @param at the JSON path of the new window in the request, e.g. {@code [2]}
     */
    FieldErrors errors(List<FieldProblem> problems, String at) {
        Map<String, String> inputs = INPUTS.getOrDefault(type == null ? "" : type, Map.of());
        var byField = new LinkedHashMap<String, String>();
        var unplaced = new ArrayList<String>();
        for (FieldProblem problem : problems) {
            String input = problem.field().startsWith(at + ".")
                    ? inputs.get(topField(problem.field().substring(at.length() + 1)))
                    : null;
            if (input == null) {
                unplaced.add(problem.field() + ": " + problem.message());
            } else {
                byField.merge(input, problem.message(), (first, second) -> first + "; " + second);
            }
        }
        return new FieldErrors(byField, unplaced);
    }

    private static String topField(String path) {
        String plain = path.replaceAll("\\[\\d+]", "");
        return plain.contains(".") ? plain.substring(0, plain.indexOf('.')) : plain;
    }

    private static @Nullable String instant(@Nullable String local, @Nullable String zone) {
        if (local == null || local.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(local.strip())
                    .atZone(ZoneId.of(zone == null || zone.isBlank() ? DEFAULT_ZONE : zone.strip()))
                    .toInstant().toString();
        } catch (DateTimeException e) {
            return local.strip();
        }
    }
}

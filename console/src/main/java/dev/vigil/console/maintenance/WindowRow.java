package dev.vigil.console.maintenance;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * One window as the page lists it.
 *
 * @param description the window in words, e.g. "Every Monday and Friday at 02:00 for 30 minutes (Europe/Berlin)"
 * @param json the window exactly as the API gave it, which the remove button sends back to name it
 */
public record WindowRow(String description, String json) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    static WindowRow of(JsonNode window) {
        return new WindowRow(describe(window), window.toString());
    }

    static String describe(JsonNode window) {
        return switch (window.path("type").asString("")) {
            case "one_off" -> "Once, from " + when(window.path("start").asString(""))
                    + " to " + when(window.path("end").asString(""));
            case "weekly" -> "Every " + days(window.path("days")) + " at " + clock(window.path("startTime").asString(""))
                    + " for " + minutes(window) + " (" + window.path("zone").asString("") + ")";
            case "cron" -> "Whenever the cron expression " + window.path("expression").asString("")
                    + " fires, for " + minutes(window) + " (" + window.path("zone").asString("") + ")";
            default -> window.toString();
        };
    }

    private static String when(String instant) {
        try {
            return WHEN.format(Instant.parse(instant));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }

    /** "02:00" as people write it; the API gives "02:00:00". Seconds are kept where a window has them. */
    private static String clock(String startTime) {
        try {
            LocalTime time = LocalTime.parse(startTime);
            return time.getSecond() == 0 && time.getNano() == 0 ? HOURS_MINUTES.format(time) : time.toString();
        } catch (DateTimeParseException e) {
            return startTime;
        }
    }

    private static String minutes(JsonNode window) {
        int minutes = window.path("durationMinutes").asInt();
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }

    /** "Monday", "Monday and Friday", "Monday, Wednesday and Friday". */
    private static String days(JsonNode days) {
        List<String> names = new ArrayList<>();
        days.forEach(day -> {
            String name = day.asString("");
            names.add(name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1));
        });
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }
}

package dev.vigil.console.status;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** How figures read on every page, as {@code ${fmt...}} in the templates: one place for units and rounding. */
@Component
public class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    public String millis(@Nullable Double ms) {
        return ms == null ? "–" : String.format(Locale.ROOT, ms < 10 ? "%.1f ms" : "%.0f ms", ms);
    }

    /** A fraction from 0 to 1 as a percentage with three decimals, the precision SLAs are quoted in. */
    public String percent(@Nullable Double fraction) {
        return fraction == null ? "–" : String.format(Locale.ROOT, "%.3f %%", fraction * 100);
    }

    public String time(@Nullable Instant instant) {
        return instant == null ? "never" : TIME.format(instant);
    }

    /** A duration as a person says it: "3 min 20 s", "2 h 5 min". */
    public String duration(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return (seconds / 60) + " min " + (seconds % 60) + " s";
        }
        return (seconds / 3600) + " h " + (seconds % 3600 / 60) + " min";
    }

    public String iso(@Nullable Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}

package dev.vigil.console.monitor;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** The chart's ranges, each drawn from the window size that gives it a readable number of points. */
enum ChartRange {
    HOUR("hour", "1m", Duration.ofHours(1)),
    DAY("day", "5m", Duration.ofDays(1)),
    WEEK("week", "1h", Duration.ofDays(7));

    private final String label;
    private final String window;
    private final Duration span;

    ChartRange(String label, String window, Duration span) {
        this.label = label;
        this.window = window;
        this.span = span;
    }

    String label() {
        return label;
    }

    String window() {
        return window;
    }

    Duration span() {
        return span;
    }

    static Optional<ChartRange> of(String label) {
        return Arrays.stream(values()).filter(range -> range.label.equals(label)).findFirst();
    }
}

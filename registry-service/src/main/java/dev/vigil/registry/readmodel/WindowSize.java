package dev.vigil.registry.readmodel;

import dev.vigil.registry.web.InvalidRequestException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The window sizes the dashboard shows, by the label the API uses for them. */
enum WindowSize {
    ONE_MINUTE("1m", 60),
    FIVE_MINUTES("5m", 300),
    ONE_HOUR("1h", 3600);

    private final String label;
    private final int seconds;

    WindowSize(String label, int seconds) {
        this.label = label;
        this.seconds = seconds;
    }

    String label() {
        return label;
    }

    int seconds() {
        return seconds;
    }

    static WindowSize parse(String field, String label) {
        return Arrays.stream(values())
                .filter(size -> size.label.equals(label))
                .findFirst()
                .orElseThrow(() -> new InvalidRequestException(field, "must be one of " + Arrays.stream(values())
                        .map(WindowSize::label).collect(Collectors.joining(", "))));
    }
}

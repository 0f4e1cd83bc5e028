package dev.vigil.console.monitor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The chart's data in uPlot's shape: one list of times (epoch seconds) and one list per series, null where a
 * window had no value (a phase the check lacks).
 */
record ChartSeries(String range, String window, List<Long> times, Map<String, List<@Nullable Double>> series) {

    static final List<String> SERIES = List.of("p50", "p95", "p99", "dns", "connect", "tls", "ttfb");

    static final class Builder {

        private final List<Long> times = new ArrayList<>();
        private final Map<String, List<@Nullable Double>> series = new LinkedHashMap<>();

        Builder() {
            SERIES.forEach(name -> series.put(name, new ArrayList<>()));
        }

        void add(long time, Map<String, JsonNode> values) {
            times.add(time);
            SERIES.forEach(name -> {
                JsonNode value = values.get(name);
                series.get(name).add(value == null || !value.isNumber() ? null : value.asDouble());
            });
        }

        ChartSeries build(ChartRange range) {
            return new ChartSeries(range.label(), range.window(), List.copyOf(times), series);
        }
    }
}

package dev.vigil.bench.analytics;

import dev.vigil.analytics.AnalyticsProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * One variant of the cost benchmark, written {@code name} or {@code name:key=value,key=value}: {@code reference} is
 * Kafka's windowed count, any other name is Vigil's topology with the service's documented defaults, bound by
 * Spring from the {@code vigil.analytics.*} keys given here, and any other key set over the Streams settings, so a
 * candidate setting can be measured beside the defaults before it becomes one.
 */
record CostVariant(String name, Map<String, String> serviceSettings, Map<String, String> streamsOverrides) {

    static final String REFERENCE = "reference";
    private static final String SERVICE_PREFIX = "vigil.analytics.";

    static CostVariant parse(String text) {
        String[] parts = text.split(":", 2);
        Map<String, String> service = new LinkedHashMap<>();
        Map<String, String> streams = new LinkedHashMap<>();
        if (parts.length > 1) {
            for (String setting : parts[1].split(",")) {
                String[] pair = setting.split("=", 2);
                (pair[0].startsWith(SERVICE_PREFIX) ? service : streams).put(pair[0], pair[1]);
            }
        }
        return new CostVariant(parts[0], service, streams);
    }

    boolean reference() {
        return name.equals(REFERENCE);
    }

    /** The service's settings as it would bind them, with this variant's keys and the run's own ids. */
    AnalyticsProperties properties(String applicationId, String stateDir) {
        Map<String, String> source = new LinkedHashMap<>(serviceSettings);
        source.put(SERVICE_PREFIX + "application-id", applicationId);
        source.put(SERVICE_PREFIX + "state-dir", stateDir);
        return new Binder(new MapConfigurationPropertySource(source))
                .bindOrCreate("vigil.analytics", AnalyticsProperties.class);
    }
}

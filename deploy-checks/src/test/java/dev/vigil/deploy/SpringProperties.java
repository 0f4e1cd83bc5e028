package dev.vigil.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The configuration properties the services really have, read from the configuration metadata in their jars and in
 * the Spring Boot modules they use, so an environment variable with a typo fails here instead of being silently
 * ignored by Spring's relaxed binding.
 */
final class SpringProperties {

  private static final String METADATA = "META-INF/spring-configuration-metadata.json";
  private static final String MAP_TYPE = "java.util.Map";

  private final Set<String> exact = new HashSet<>();
  private final Set<String> mapPrefixes = new HashSet<>();

  private SpringProperties() {
  }

  static SpringProperties load() {
    var properties = new SpringProperties();
    try {
      for (URL url : Collections.list(SpringProperties.class.getClassLoader().getResources(METADATA))) {
        try (InputStream in = url.openStream()) {
          for (JsonNode property : new ObjectMapper().readTree(in).path("properties")) {
            String env = environmentName(property.path("name").asText());
            properties.exact.add(env);
            if (property.path("type").asText().startsWith(MAP_TYPE)) {
              properties.mapPrefixes.add(env + "_");
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  /** The canonical environment variable of a property: {@code vigil.probe.intake.group-id} is VIGIL_PROBE_INTAKE_GROUPID. */
  static String environmentName(String property) {
    return property.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT);
  }

  /** Whether Spring binds this environment variable to a known property (or into a known map property). */
  boolean binds(String variable) {
    return exact.contains(variable) || mapPrefixes.stream().anyMatch(variable::startsWith);
  }

  int size() {
    return exact.size();
  }
}

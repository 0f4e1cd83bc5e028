package dev.vigil.contracts.schema;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.vigil.contracts.json.ContractsJson;
import dev.vigil.contracts.topic.Topic;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The schema and example files of a topic, read from the classpath as downstream teams get them from the jar. */
final class TopicFiles {

  /** Draft 2020-12 treats format as a mere annotation; asserting it checks uuid and date-time strings too. */
  private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

  private TopicFiles() {
  }

  static String schemaPath(Topic<?, ?> topic) {
    return "schemas/" + topic.name() + ".schema.json";
  }

  static String examplePath(Topic<?, ?> topic) {
    return "examples/" + topic.name() + ".json";
  }

  static JsonNode schemaTree(Topic<?, ?> topic) {
    return ContractsJson.mapper().readTree(bytes(schemaPath(topic)));
  }

  static byte[] example(Topic<?, ?> topic) {
    return bytes(examplePath(topic));
  }

  static JsonNode exampleTree(Topic<?, ?> topic) {
    return ContractsJson.mapper().readTree(example(topic));
  }

  /** Messages of every violation, empty when the document is valid. */
  static List<String> violations(Topic<?, ?> topic, JsonNode document) {
    Schema schema = SCHEMAS.getSchema(schemaTree(topic));
    return schema.validate(document).stream().map(error -> error.toString()).toList();
  }

  static boolean exists(String path) {
    return TopicFiles.class.getClassLoader().getResource(path) != null;
  }

  private static byte[] bytes(String path) {
    try (InputStream in = TopicFiles.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

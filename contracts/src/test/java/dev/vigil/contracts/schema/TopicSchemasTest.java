package dev.vigil.contracts.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.json.ContractsJson;
import dev.vigil.contracts.topic.Topic;
import dev.vigil.contracts.topic.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class TopicSchemasTest {

  static Stream<Topic<UUID, ?>> topics() {
    return Topics.all().stream();
  }

  @ParameterizedTest
  @MethodSource("topics")
  void everyTopicHasASchemaFile(Topic<UUID, ?> topic) {
    assertThat(TopicFiles.exists(TopicFiles.schemaPath(topic))).as(TopicFiles.schemaPath(topic)).isTrue();
  }

  @ParameterizedTest
  @MethodSource("topics")
  void everyTopicHasAnExampleFile(Topic<UUID, ?> topic) {
    assertThat(TopicFiles.exists(TopicFiles.examplePath(topic))).as(TopicFiles.examplePath(topic)).isTrue();
  }

  @ParameterizedTest
  @MethodSource("topics")
  void schemaIdentifiesItsTopic(Topic<UUID, ?> topic) {
    JsonNode schema = TopicFiles.schemaTree(topic);

    assertThat(schema.path("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.path("$id").asString()).isEqualTo("https://vigil.dev/schemas/" + topic.name() + ".schema.json");
    assertThat(schema.path("title").asString()).endsWith("(" + topic.name() + ")");
  }

  @ParameterizedTest
  @MethodSource("topics")
  void everyFieldIsDescribed(Topic<UUID, ?> topic) {
    List<String> undescribed = new ArrayList<>();
    collectUndescribed(TopicFiles.schemaTree(topic), "", undescribed);

    assertThat(undescribed).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("topics")
  void exampleValidatesAgainstItsSchema(Topic<UUID, ?> topic) {
    assertThat(TopicFiles.violations(topic, TopicFiles.exampleTree(topic))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("topics")
  void exampleReadsAsTheTopicsRecord(Topic<UUID, ?> topic) {
    assertThat(topic.valueSerde().deserializer().deserialize(topic.name(), TopicFiles.example(topic))).isNotNull();
  }

  @ParameterizedTest
  @MethodSource("topics")
  void exampleIsExactlyWhatTheSerdeWrites(Topic<UUID, ?> topic) {
    assertThat(rewritten(topic)).isEqualTo(TopicFiles.exampleTree(topic));
  }

  @ParameterizedTest
  @MethodSource("dev.vigil.contracts.Samples#all")
  <V> void everyWrittenRecordValidatesAgainstItsSchema(Topic<UUID, V> topic, V value) {
    JsonNode written = ContractsJson.mapper().readTree(topic.valueSerde().serializer().serialize(topic.name(), value));

    assertThat(TopicFiles.violations(topic, written)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("topics")
  void exampleWithoutARequiredFieldFailsValidation(Topic<UUID, ?> topic) {
    ObjectNode example = (ObjectNode) TopicFiles.exampleTree(topic);
    String required = TopicFiles.schemaTree(topic).path("required").get(0).asString();
    example.remove(required);

    assertThat(TopicFiles.violations(topic, example))
        .anySatisfy(violation -> assertThat(violation).contains(required));
  }

  @Test
  void enumValueOutsideTheListFailsValidation() {
    ObjectNode alert = (ObjectNode) TopicFiles.exampleTree(Topics.ALERTS);
    alert.put("type", "FAILURE_STREAK");

    assertThat(TopicFiles.violations(Topics.ALERTS, alert))
        .anySatisfy(violation -> assertThat(violation).contains("type"));
  }

  @Test
  void malformedUuidFailsValidation() {
    ObjectNode alert = (ObjectNode) TopicFiles.exampleTree(Topics.ALERTS);
    alert.put("monitorId", "not-a-uuid");

    assertThat(TopicFiles.violations(Topics.ALERTS, alert))
        .anySatisfy(violation -> assertThat(violation).contains("monitorId"));
  }

  @Test
  void failedProbeWithoutErrorKindFailsValidation() {
    ObjectNode result = (ObjectNode) TopicFiles.exampleTree(Topics.PROBE_RESULTS);
    result.putNull("errorKind");

    assertThat(TopicFiles.violations(Topics.PROBE_RESULTS, result)).isNotEmpty();
  }

  @Test
  void unknownFieldStillValidatesSoProducersCanAddFields() {
    ObjectNode result = (ObjectNode) TopicFiles.exampleTree(Topics.PROBE_RESULTS);
    result.put("addedInALaterRelease", true);

    assertThat(TopicFiles.violations(Topics.PROBE_RESULTS, result)).isEmpty();
  }

  private static <V> JsonNode rewritten(Topic<UUID, V> topic) {
    V value = topic.valueSerde().deserializer().deserialize(topic.name(), TopicFiles.example(topic));
    return ContractsJson.mapper().readTree(topic.valueSerde().serializer().serialize(topic.name(), value));
  }

  private static void collectUndescribed(JsonNode schema, String at, List<String> undescribed) {
    for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
      if (!property.getValue().has("description")) {
        undescribed.add(at + property.getKey());
      }
    }
    for (Map.Entry<String, JsonNode> definition : schema.path("$defs").properties()) {
      if (!definition.getValue().has("description")) {
        undescribed.add("$defs/" + definition.getKey());
      }
      collectUndescribed(definition.getValue(), "$defs/" + definition.getKey() + "/", undescribed);
    }
  }
}

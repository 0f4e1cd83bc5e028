package dev.vigil.contracts.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.ContractTypes;
import dev.vigil.contracts.topic.Topic;
import dev.vigil.contracts.topic.Topics;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Keeps the hand-written schemas honest: each object definition must describe exactly its record. */
class SchemaMatchesRecordsTest {

  static Stream<Topic<UUID, ?>> topics() {
    return Topics.all().stream();
  }

  @ParameterizedTest
  @MethodSource("topics")
  void everyContractTypeHasADefinitionAndNoDefinitionIsStale(Topic<UUID, ?> topic) {
    Class<?> root = valueType(topic);
    Set<String> types = ContractTypes.reachableFrom(root).stream()
        .filter(type -> type != root)
        .map(Class::getSimpleName)
        .collect(Collectors.toCollection(TreeSet::new));

    assertThat(new TreeSet<>(TopicFiles.schemaTree(topic).path("$defs").propertyNames())).isEqualTo(types);
  }

  @ParameterizedTest
  @MethodSource("topics")
  void propertiesAreTheRecordComponents(Topic<UUID, ?> topic) {
    definitionsOfRecords(topic).forEach((type, definition) ->
        assertThat(new TreeSet<>(definition.path("properties").propertyNames()))
            .as(type.getSimpleName())
            .isEqualTo(names(type, component -> true)));
  }

  @ParameterizedTest
  @MethodSource("topics")
  void requiredFieldsAreTheRecordsMandatoryComponents(Topic<UUID, ?> topic) {
    definitionsOfRecords(topic).forEach((type, definition) -> {
      Set<String> required = strings(definition.path("required"));
      assertThat(required).as(type.getSimpleName() + " requires every non-null scalar or object")
          .containsAll(names(type, component -> !ContractTypes.isNullable(component)
              && !ContractTypes.isCollection(component)));
      assertThat(names(type, component -> !ContractTypes.isNullable(component)))
          .as(type.getSimpleName() + " requires nothing that may be null")
          .containsAll(required);
    });
  }

  @ParameterizedTest
  @MethodSource("topics")
  void exactlyTheNullableComponentsAcceptNull(Topic<UUID, ?> topic) {
    definitionsOfRecords(topic).forEach((type, definition) -> {
      for (RecordComponent component : type.getRecordComponents()) {
        assertThat(acceptsNull(definition.path("properties").path(component.getName())))
            .as(type.getSimpleName() + "." + component.getName())
            .isEqualTo(ContractTypes.isNullable(component));
      }
    });
  }

  @ParameterizedTest
  @MethodSource("topics")
  void enumDefinitionsListTheJavaEnumsWireValues(Topic<UUID, ?> topic) {
    JsonNode definitions = TopicFiles.schemaTree(topic).path("$defs");
    ContractTypes.reachableFrom(valueType(topic)).stream().filter(Class::isEnum).forEach(type -> {
      Set<String> wireValues = Stream.of(type.getEnumConstants())
          .map(constant -> ContractTypes.wireName((Enum<?>) constant))
          .collect(Collectors.toSet());
      assertThat(strings(definitions.path(type.getSimpleName()).path("enum"))).as(type.getSimpleName())
          .isEqualTo(wireValues);
    });
  }

  private static Class<?> valueType(Topic<UUID, ?> topic) {
    Object example = topic.valueSerde().deserializer().deserialize(topic.name(), TopicFiles.example(topic));
    return example.getClass();
  }

  /** The root record with the whole schema, and every other record with its definition. */
  private static Map<Class<?>, JsonNode> definitionsOfRecords(Topic<UUID, ?> topic) {
    JsonNode schema = TopicFiles.schemaTree(topic);
    Class<?> root = valueType(topic);
    Map<Class<?>, JsonNode> definitions = new LinkedHashMap<>();
    definitions.put(root, schema);
    ContractTypes.reachableFrom(root).stream()
        .filter(type -> type.isRecord() && type != root)
        .forEach(type -> definitions.put(type, schema.path("$defs").path(type.getSimpleName())));
    return definitions;
  }

  /** Component names matching the filter, plus the type id a polymorphic record is written with. */
  private static Set<String> names(Class<?> type, Predicate<RecordComponent> filter) {
    Set<String> names = Stream.of(type.getRecordComponents()).filter(filter).map(RecordComponent::getName)
        .collect(Collectors.toCollection(TreeSet::new));
    ContractTypes.discriminator(type).ifPresent(names::add);
    return names;
  }

  private static Set<String> strings(JsonNode array) {
    return array.valueStream().map(JsonNode::asString).collect(Collectors.toCollection(TreeSet::new));
  }

  private static boolean acceptsNull(JsonNode property) {
    JsonNode type = property.path("type");
    if (type.isArray()) {
      return strings(type).contains("null");
    }
    return "null".equals(type.asString(""))
        || property.path("anyOf").valueStream().anyMatch(SchemaMatchesRecordsTest::acceptsNull);
  }
}

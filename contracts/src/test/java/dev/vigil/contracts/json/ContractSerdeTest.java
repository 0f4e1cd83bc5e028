package dev.vigil.contracts.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.contracts.Samples;
import dev.vigil.contracts.probe.ProbeResult;
import dev.vigil.contracts.topic.Topic;
import dev.vigil.contracts.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

class ContractSerdeTest {

  private static final String TOPIC = Topics.PROBE_RESULTS.name();

  private final ContractSerde<ProbeResult> serde = new ContractSerde<>(ProbeResult.class);

  @ParameterizedTest
  @MethodSource("dev.vigil.contracts.Samples#all")
  <V> void everyRecordRoundTripsToAnEqualRecord(Topic<UUID, V> topic, V value) {
    byte[] bytes = topic.valueSerde().serializer().serialize(topic.name(), value);

    assertThat(topic.valueSerde().deserializer().deserialize(topic.name(), bytes)).isEqualTo(value);
  }

  @Test
  void nullValueIsWrittenAsNullSoDeletesBecomeTombstones() {
    assertThat(serde.serializer().serialize(TOPIC, null)).isNull();
  }

  @Test
  void nullBytesReadAsNullSoTombstonesReachListeners() {
    assertThat(serde.deserializer().deserialize(TOPIC, null)).isNull();
  }

  @Test
  void unknownFieldsAreSkipped() {
    ObjectNode json = ContractsJson.mapper().valueToTree(Samples.downResult());
    json.put("addedInALaterRelease", "ignored");
    ((ObjectNode) json.get("timings")).put("queueMs", 1.5);

    assertThat(read(json)).isEqualTo(Samples.downResult());
  }

  @Test
  void missingRequiredFieldFailsNamingTypeAndField() {
    ObjectNode json = ContractsJson.mapper().valueToTree(Samples.downResult());
    json.remove("monitorId");

    assertThatThrownBy(() -> read(json))
        .isInstanceOf(SerializationException.class)
        .hasMessage("Cannot read ProbeResult: missing required field 'monitorId'");
  }

  @Test
  void missingRequiredNumberFailsInsteadOfReadingAsZero() {
    ObjectNode json = ContractsJson.mapper().valueToTree(Samples.downResult());
    json.remove("monitorVersion");

    assertThatThrownBy(() -> read(json))
        .isInstanceOf(SerializationException.class)
        .hasMessage("Cannot read ProbeResult: missing required field 'monitorVersion'");
  }

  @Test
  void missingNestedFieldIsNamedByItsPath() {
    ObjectNode json = ContractsJson.mapper().valueToTree(Samples.downResult());
    ((ObjectNode) json.get("failedAssertions").get(1).get("assertion")).remove("operator");

    assertThatThrownBy(() -> read(json))
        .isInstanceOf(SerializationException.class)
        .hasMessage("Cannot read ProbeResult: missing required field 'failedAssertions[1].assertion.operator'");
  }

  @Test
  void invalidValueFailsNamingWhereAndWhy() {
    ObjectNode json = ContractsJson.mapper().valueToTree(Samples.downResult());
    ((ObjectNode) json.get("timings")).put("totalMs", -1.0);

    assertThatThrownBy(() -> read(json))
        .isInstanceOf(SerializationException.class)
        .hasMessage("Cannot read ProbeResult: at 'timings': 'totalMs' must be at least 0.0, was -1.0");
  }

  @Test
  void malformedJsonFailsAsSerializationException() {
    byte[] truncated = "{\"monitorId\":".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> serde.deserializer().deserialize(TOPIC, truncated))
        .isInstanceOf(SerializationException.class)
        .hasMessageStartingWith("Cannot read ProbeResult: ");
  }

  @Test
  void instantsAreWrittenAsIsoStrings() {
    ObjectNode json = ContractsJson.mapper().valueToTree(Samples.downResult());

    assertThat(json.get("scheduledAt").asString()).isEqualTo("2026-03-14T09:26:53.589Z");
  }

  private ProbeResult read(ObjectNode json) {
    return serde.deserializer().deserialize(TOPIC, ContractsJson.mapper().writeValueAsBytes(json));
  }
}

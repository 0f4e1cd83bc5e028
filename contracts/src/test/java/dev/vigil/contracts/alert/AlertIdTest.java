package dev.vigil.contracts.alert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.Samples;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AlertIdTest {

  private static final String INCIDENT = Samples.INCIDENT_ID.toString();

  @Test
  void sameInputsGiveTheSameId() {
    assertThat(AlertId.of(Samples.MONITOR_ID, AlertType.FAILURE_STREAK, INCIDENT))
        .isEqualTo(AlertId.of(Samples.MONITOR_ID, AlertType.FAILURE_STREAK, INCIDENT));
  }

  @Test
  void anotherIncidentGivesAnotherId() {
    assertThat(AlertId.of(Samples.MONITOR_ID, AlertType.FAILURE_STREAK, INCIDENT))
        .isNotEqualTo(AlertId.of(Samples.MONITOR_ID, AlertType.FAILURE_STREAK, UUID.randomUUID().toString()));
  }

  @Test
  void anotherTypeGivesAnotherId() {
    assertThat(AlertId.of(Samples.MONITOR_ID, AlertType.FAILURE_STREAK, INCIDENT))
        .isNotEqualTo(AlertId.of(Samples.MONITOR_ID, AlertType.RECOVERY, INCIDENT));
  }

  @Test
  void anotherMonitorGivesAnotherId() {
    assertThat(AlertId.of(Samples.MONITOR_ID, AlertType.FAILURE_STREAK, INCIDENT))
        .isNotEqualTo(AlertId.of(UUID.randomUUID(), AlertType.FAILURE_STREAK, INCIDENT));
  }

  @Test
  void idIsTheDocumentedNameBasedUuidSoOtherLanguagesCanDeriveIt() {
    String name = "vigil-alert/" + Samples.MONITOR_ID + "/failure_streak/" + INCIDENT;

    assertThat(AlertId.of(Samples.MONITOR_ID, AlertType.FAILURE_STREAK, INCIDENT))
        .isEqualTo(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)))
        .extracting(UUID::version).isEqualTo(3);
  }
}

package dev.vigil.contracts.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.contracts.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AlertGroupingTest {

  private static final UUID MONITOR = UUID.fromString("3f2b8c1e-6a4d-4e0b-9c57-2d8e1f6a7b90");
  private static final Instant AT = Instant.parse("2026-03-14T09:29:00Z");

  @Test
  void anAlertWrittenBeforeGroupingExistedReadsAsALoneAlert() {
    String json = """
        {"id":"5ba52530-8eea-3a8e-a93e-584472712564","type":"sla_breach","monitorId":"%s","tenant":"t",
         "monitorName":"Checkout API","incidentId":null,"details":{"failingRegions":[]},
         "occurredAt":"2026-03-14T09:29:00Z"}""".formatted(MONITOR);

    Alert alert = Topics.ALERTS.valueSerde().deserializer()
        .deserialize(Topics.ALERTS.name(), json.getBytes(StandardCharsets.UTF_8));

    assertThat(alert.raisedWith()).isEmpty();
    assertThat(alert.groupedInto()).isNull();
  }

  @Test
  void aLeadAndItsCompanionSurviveTheWireWithTheirLinks() {
    Alert lead = alert(AlertType.FAILURE_STREAK);
    Alert burn = alert(AlertType.BUDGET_BURN);
    var serde = Topics.ALERTS.valueSerde();

    Alert leadRead = serde.deserializer().deserialize("t", serde.serializer().serialize("t",
        lead.leading(List.of(GroupedAlert.of(burn)))));
    Alert burnRead = serde.deserializer().deserialize("t", serde.serializer().serialize("t",
        burn.companionOf(lead.id())));

    assertThat(leadRead.raisedWith()).containsExactly(GroupedAlert.of(burn));
    assertThat(burnRead.groupedInto()).isEqualTo(lead.id());
  }

  @Test
  void aLeadCannotItselfBeGroupedIntoAnotherAlert() {
    Alert lead = alert(AlertType.FAILURE_STREAK);
    assertThatThrownBy(() -> new Alert(lead.id(), lead.type(), MONITOR, "t", "Checkout API", null, lead.details(), AT,
        List.of(GroupedAlert.of(alert(AlertType.SLA_BREACH))), UUID.randomUUID()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Alert alert(AlertType type) {
    return new Alert(AlertId.of(MONITOR, type, AT.toString()), type, MONITOR, "t", "Checkout API", null,
        new AlertDetails(null, null, null, null, null, null, null, null, null, null, null, List.of(), null, null,
            null), AT);
  }
}

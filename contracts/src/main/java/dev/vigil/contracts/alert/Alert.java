package dev.vigil.contracts.alert;

import dev.vigil.contracts.Require;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A notable change in a monitor's health, raised by analytics and delivered by the notifier; {@code id} comes from
 * {@link AlertId} so duplicates can be dropped, and {@code monitorName} travels along so no consumer needs a lookup.
 */
public record Alert(
    UUID id,
    AlertType type,
    UUID monitorId,
    String tenant,
    String monitorName,
    @Nullable UUID incidentId,
    AlertDetails details,
    Instant occurredAt) {

  public Alert {
    Require.present(id, "id");
    Require.present(type, "type");
    Require.present(monitorId, "monitorId");
    Require.text(tenant, "tenant");
    Require.text(monitorName, "monitorName");
    Require.present(details, "details");
    Require.present(occurredAt, "occurredAt");
  }
}

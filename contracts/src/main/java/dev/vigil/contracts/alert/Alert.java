package dev.vigil.contracts.alert;

import dev.vigil.contracts.Require;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A notable change in a monitor's health, raised by analytics and delivered by the notifier; {@code id} comes from
 * {@link AlertId} so duplicates can be dropped, and {@code monitorName} travels along so no consumer needs a lookup.
 * Alerts raised together for one incident stay records of their own; the lead carries the others in
 * {@code raisedWith} and each of them names the lead in {@code groupedInto}, so a channel gets one notification.
 */
public record Alert(
    UUID id,
    AlertType type,
    UUID monitorId,
    String tenant,
    String monitorName,
    @Nullable UUID incidentId,
    AlertDetails details,
    Instant occurredAt,
    List<GroupedAlert> raisedWith,
    @Nullable UUID groupedInto) {

  /** An alert raised on its own, neither leading nor joining a group. */
  public Alert(UUID id, AlertType type, UUID monitorId, String tenant, String monitorName, @Nullable UUID incidentId,
      AlertDetails details, Instant occurredAt) {
    this(id, type, monitorId, tenant, monitorName, incidentId, details, occurredAt, List.of(), null);
  }

  public Alert {
    Require.present(id, "id");
    Require.present(type, "type");
    Require.present(monitorId, "monitorId");
    Require.text(tenant, "tenant");
    Require.text(monitorName, "monitorName");
    Require.present(details, "details");
    Require.present(occurredAt, "occurredAt");
    raisedWith = Require.listOrEmpty(raisedWith);
    Require.that(raisedWith.isEmpty() || groupedInto == null, "a lead alert is not grouped into another one");
  }

  /** This alert as the lead of the alerts raised with it. */
  public Alert leading(List<GroupedAlert> companions) {
    return new Alert(id, type, monitorId, tenant, monitorName, incidentId, details, occurredAt, companions, null);
  }

  /** This alert as raised with the given lead, which notifies for it. */
  public Alert companionOf(UUID lead) {
    return new Alert(id, type, monitorId, tenant, monitorName, incidentId, details, occurredAt, List.of(), lead);
  }
}

package dev.vigil.contracts.alert;

import dev.vigil.contracts.Require;
import java.time.Instant;
import java.util.UUID;

/**
 * An alert raised together with a lead alert for the same incident, as the lead carries it in
 * {@link Alert#raisedWith()}: enough to render it in the lead's one notification. The alert itself is also published
 * as its own record, with {@link Alert#groupedInto()} naming the lead.
 */
public record GroupedAlert(UUID alertId, AlertType type, AlertDetails details, Instant occurredAt) {

  public GroupedAlert {
    Require.present(alertId, "alertId");
    Require.present(type, "type");
    Require.present(details, "details");
    Require.present(occurredAt, "occurredAt");
  }

  public static GroupedAlert of(Alert alert) {
    return new GroupedAlert(alert.id(), alert.type(), alert.details(), alert.occurredAt());
  }
}

package dev.vigil.contracts.status;

import dev.vigil.contracts.Require;
import java.time.Instant;
import java.util.UUID;

/** The incident a monitor is in, so dashboards can link the status to the incident's alerts. */
public record IncidentRef(UUID id, Instant openedAt) {

  public IncidentRef {
    Require.present(id, "id");
    Require.present(openedAt, "openedAt");
  }
}

package dev.vigil.contracts.probe;

import dev.vigil.contracts.Require;
import dev.vigil.contracts.monitor.CheckSpec;
import java.time.Instant;
import java.util.UUID;

/**
 * One check the scheduler wants run now in one region; it carries the whole check so any prober can run it without
 * knowing the monitor, and a prober that picks it up after {@code deadline} drops it instead of reporting stale data.
 */
public record ProbeRequest(
    UUID monitorId,
    String tenant,
    long monitorVersion,
    String region,
    Instant scheduledAt,
    Instant deadline,
    CheckSpec check) {

  public ProbeRequest {
    Require.present(monitorId, "monitorId");
    Require.text(tenant, "tenant");
    Require.atLeast(monitorVersion, 0, "monitorVersion");
    Require.text(region, "region");
    Require.present(scheduledAt, "scheduledAt");
    Require.present(deadline, "deadline");
    Require.that(deadline.isAfter(scheduledAt), "'deadline' must be after 'scheduledAt'");
    Require.present(check, "check");
  }
}

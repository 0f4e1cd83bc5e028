package dev.vigil.contracts.alert;

import dev.vigil.contracts.Require;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * Derives an alert's id from what the alert is about, so that an alert raised twice (a replay, a retried
 * transaction) carries the same id and every consumer can drop the duplicate.
 */
public final class AlertId {

  private static final String NAMESPACE = "vigil-alert";
  private static final String SEPARATOR = "/";

  private AlertId() {
  }

  /**
   * A name-based (version 3) UUID of {@code vigil-alert/<monitorId>/<type>/<discriminator>}, where the discriminator
   * tells alerts of one type apart: the incident id, plus the reminder number for still_down, or the start of the
   * window for SLA, budget and latency alerts.
   */
  public static UUID of(UUID monitorId, AlertType type, String discriminator) {
    Require.present(monitorId, "monitorId");
    Require.present(type, "type");
    Require.text(discriminator, "discriminator");
    String name = String.join(SEPARATOR,
        NAMESPACE, monitorId.toString(), type.name().toLowerCase(Locale.ROOT), discriminator);
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }
}

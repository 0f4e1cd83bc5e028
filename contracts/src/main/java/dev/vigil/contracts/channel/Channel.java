package dev.vigil.contracts.channel;

import dev.vigil.contracts.Require;
import dev.vigil.contracts.alert.AlertType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The full current definition of a notification channel, published on every change for the notifier's own view. */
public record Channel(
    UUID id,
    String tenant,
    String name,
    ChannelTarget target,
    List<AlertType> alertTypes,
    boolean enabled,
    long version,
    Instant updatedAt) {

  public Channel {
    Require.present(id, "id");
    Require.text(tenant, "tenant");
    Require.text(name, "name");
    Require.present(target, "target");
    alertTypes = Require.listOrEmpty(alertTypes);
    Require.atLeast(version, 0, "version");
    Require.present(updatedAt, "updatedAt");
  }

  /** An empty filter means the channel wants every alert type. */
  public boolean accepts(AlertType type) {
    return alertTypes.isEmpty() || alertTypes.contains(type);
  }
}

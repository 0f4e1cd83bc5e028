package dev.vigil.registry.channel;

import dev.vigil.contracts.alert.AlertType;
import dev.vigil.contracts.channel.ChannelKind;
import dev.vigil.contracts.channel.WebhookPreset;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A channel as a client creates it: an email address or a webhook URL, and optionally the alert types it wants. */
record ChannelRequest(
        @Nullable String name,
        @Nullable ChannelKind kind,
        @Nullable String address,
        @Nullable String url,
        @Nullable WebhookPreset preset,
        @Nullable List<AlertType> alertTypes) {
}

package dev.vigil.registry.channel;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.vigil.contracts.alert.AlertType;
import dev.vigil.contracts.channel.Channel;
import dev.vigil.contracts.channel.ChannelKind;
import dev.vigil.contracts.channel.ChannelTarget;
import dev.vigil.contracts.channel.WebhookPreset;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A channel as clients see it: never a sealed secret, only when each secret stops being valid; the clear
 * {@code signingSecret} appears once, in the answer to the create or rotate call that generated it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ChannelView(
        UUID id,
        String name,
        ChannelKind kind,
        @Nullable String address,
        @Nullable String url,
        @Nullable WebhookPreset preset,
        List<AlertType> alertTypes,
        boolean enabled,
        long version,
        Instant updatedAt,
        @Nullable List<SecretView> signingSecrets,
        @Nullable String signingSecret) {

    /** One active signing secret; a null {@code validUntil} marks the current one. */
    record SecretView(@Nullable Instant validUntil) {
    }

    static ChannelView of(Channel channel) {
        return of(channel, null);
    }

    static ChannelView of(Channel channel, @Nullable String clearSecret) {
        return switch (channel.target()) {
            case ChannelTarget.Email email -> new ChannelView(channel.id(), channel.name(), ChannelKind.EMAIL,
                    email.address(), null, null, channel.alertTypes(), channel.enabled(), channel.version(),
                    channel.updatedAt(), null, clearSecret);
            case ChannelTarget.Webhook webhook -> new ChannelView(channel.id(), channel.name(), ChannelKind.WEBHOOK,
                    null, webhook.url(), webhook.preset(), channel.alertTypes(), channel.enabled(),
                    channel.version(), channel.updatedAt(),
                    webhook.signingSecrets().stream().map(secret -> new SecretView(secret.validUntil())).toList(),
                    clearSecret);
        };
    }
}

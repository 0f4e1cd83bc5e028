package dev.vigil.registry.channel;

import dev.vigil.contracts.channel.Channel;
import dev.vigil.contracts.channel.ChannelTarget;
import dev.vigil.contracts.channel.SecretSealer;
import dev.vigil.contracts.channel.WebhookPreset;
import dev.vigil.contracts.secret.Redaction;
import java.util.Set;

/**
 * Slack and Teams webhook URLs are bearer credentials (whoever knows one can post to the channel), so they are kept
 * sealed with the channel key and only their display form is shown or published in clear.
 */
final class ChatWebhookUrls {

    private static final Set<WebhookPreset> URL_IS_CREDENTIAL = Set.of(WebhookPreset.SLACK, WebhookPreset.TEAMS);

    private ChatWebhookUrls() {
    }

    /** The target with a chat webhook's URL sealed; other targets, and URLs already sealed, stay as they are. */
    static ChannelTarget sealed(ChannelTarget target, SecretSealer sealer) {
        if (!(target instanceof ChannelTarget.Webhook webhook) || !holdsPlainUrl(webhook)) {
            return target;
        }
        return new ChannelTarget.Webhook(Redaction.maskedPath(webhook.url()), webhook.preset(),
                webhook.signingSecrets(), sealer.seal(webhook.url()));
    }

    /** Whether a stored channel is a chat webhook whose URL is still in clear, from before URLs were sealed. */
    static boolean holdsPlainUrl(Channel channel) {
        return channel.target() instanceof ChannelTarget.Webhook webhook && holdsPlainUrl(webhook);
    }

    private static boolean holdsPlainUrl(ChannelTarget.Webhook webhook) {
        return URL_IS_CREDENTIAL.contains(webhook.preset()) && webhook.sealedUrl() == null;
    }
}

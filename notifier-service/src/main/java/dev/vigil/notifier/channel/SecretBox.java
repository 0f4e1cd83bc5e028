package dev.vigil.notifier.channel;

import dev.vigil.contracts.channel.ChannelTarget;
import dev.vigil.contracts.channel.SecretSealer;
import dev.vigil.notifier.NotifierProperties;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Opens the webhook signing secrets and chat webhook URLs the registry sealed, with the deployment key both services
 * share, through the contracts' one {@link SecretSealer}; plain secrets exist only in memory, for the time it takes
 * to sign or post.
 */
@Component
public class SecretBox {

    private final SecretSealer sealer;

    SecretBox(NotifierProperties properties) {
        this.sealer = SecretSealer.fromBase64Key(properties.channelSecretKey());
    }

    /** Where a webhook posts: a chat webhook's real URL is a credential and travels sealed, others in clear. */
    public String deliveryUrl(ChannelTarget.Webhook webhook) {
        String sealedUrl = webhook.sealedUrl();
        return sealedUrl == null ? webhook.url() : sealer.open(sealedUrl);
    }

    /** HMAC keys of every secret still valid at {@code at}, in the channel's order. */
    public List<byte[]> activeSigningKeys(ChannelTarget.Webhook webhook, Instant at) {
        return webhook.signingSecrets().stream()
                .filter(secret -> secret.activeAt(at))
                .map(secret -> SecretSealer.hmacKey(sealer.open(secret.ciphertext())))
                .toList();
    }
}

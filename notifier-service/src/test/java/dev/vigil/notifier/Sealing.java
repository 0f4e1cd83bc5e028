package dev.vigil.notifier;

import dev.vigil.contracts.channel.SecretSealer;
import dev.vigil.contracts.channel.SigningSecret;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Creates and seals signing secrets as the registry does, with the test key of application-test.yml. */
public final class Sealing {

    public static final String TEST_KEY = "AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=";

    private static final SecretSealer SEALER = SecretSealer.fromBase64Key(TEST_KEY);

    private Sealing() {
    }

    /** A fresh {@code whsec_} secret as its owner would see it. */
    public static String newSecret() {
        return SEALER.newWebhookSecret();
    }

    /** Any channel secret, such as a chat webhook URL, sealed as the registry seals it. */
    public static String sealedText(String plain) {
        return SEALER.seal(plain);
    }

    public static SigningSecret sealed(String plain, @Nullable Instant validUntil) {
        return new SigningSecret(SEALER.seal(plain), validUntil);
    }
}

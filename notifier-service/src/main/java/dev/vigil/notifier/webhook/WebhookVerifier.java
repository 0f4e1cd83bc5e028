package dev.vigil.notifier.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a webhook receiver runs to trust a Vigil request (Standard Webhooks): the signature over
 * {@code webhook-id.webhook-timestamp.body} must match one of the receiver's secrets, and the timestamp must be
 * recent so a captured request cannot be replayed later. Copy it, or depend on notifier-service in tests.
 */
public final class WebhookVerifier {

    /** Standard Webhooks' recommended tolerance for clock skew and transit. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    private static final String SECRET_PREFIX = "whsec_";

    private final List<byte[]> keys;
    private final Duration tolerance;
    private final Clock clock;

    /** {@code secrets} as shown to the user, {@code whsec_...}; during a rotation pass both. */
    public WebhookVerifier(String... secrets) {
        this(DEFAULT_TOLERANCE, Clock.systemUTC(), List.of(secrets));
    }

    public WebhookVerifier(Duration tolerance, Clock clock, List<String> secrets) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("at least one secret is needed");
        }
        this.keys = secrets.stream().map(WebhookVerifier::key).toList();
        this.tolerance = tolerance;
        this.clock = clock;
    }

    /**
     * Passes when one signature in {@code signatureHeader} (space-separated {@code v1,<base64>} entries) matches one
     * secret, over the exact bytes received; throws saying why otherwise.
     */
    public void verify(@Nullable String id, @Nullable String timestamp, @Nullable String signatureHeader, byte[] body)
            throws WebhookVerificationException {
        if (id == null || timestamp == null || signatureHeader == null) {
            throw new WebhookVerificationException("webhook-id, webhook-timestamp and webhook-signature are required");
        }
        Instant sent = parse(timestamp);
        if (Duration.between(sent, clock.instant()).abs().compareTo(tolerance) > 0) {
            throw new WebhookVerificationException("webhook-timestamp is outside the tolerance of " + tolerance);
        }
        for (byte[] key : keys) {
            byte[] expected = Hmac.signature(key, id, timestamp, body).getBytes(StandardCharsets.UTF_8);
            for (String candidate : signatureHeader.trim().split(" +")) {
                if (MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.UTF_8))) {
                    return;
                }
            }
        }
        throw new WebhookVerificationException("no signature matches");
    }

    private static Instant parse(String timestamp) throws WebhookVerificationException {
        try {
            return Instant.ofEpochSecond(Long.parseLong(timestamp));
        } catch (NumberFormatException e) {
            throw new WebhookVerificationException("webhook-timestamp must be whole seconds since the epoch");
        }
    }

    private static byte[] key(String secret) {
        String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
        return Base64.getDecoder().decode(encoded);
    }
}

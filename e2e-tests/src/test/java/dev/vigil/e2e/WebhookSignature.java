package dev.vigil.e2e;

import dev.vigil.testkit.http.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a received webhook the way docs/webhooks.md tells a receiver to, written here from the
 * Standard Webhooks rules rather than taken from the notifier, so a fault shared by the notifier's
 * signer and verifier cannot pass unnoticed.
 */
final class WebhookSignature {

    private static final String SECRET_PREFIX = "whsec_";
    private static final String VERSION = "v1,";

    private WebhookSignature() {
    }

    static boolean isValid(RecordedRequest request, String secret) {
        String id = request.header("webhook-id").orElse("");
        String timestamp = request.header("webhook-timestamp").orElse("");
        String expected = VERSION + sign(secret, id + "." + timestamp + "." + request.body());
        return Arrays.stream(request.header("webhook-signature").orElse("").split(" "))
                .anyMatch(entry -> MessageDigest.isEqual(entry.getBytes(StandardCharsets.US_ASCII),
                        expected.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String sign(String secret, String content) {
        byte[] key = Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.vigil.notifier.webhook;

import java.util.List;
import java.util.stream.Collectors;

/** Signs a webhook body with every active secret, space-separated, so receivers keep verifying through a rotation. */
final class WebhookSigner {

    private WebhookSigner() {
    }

    static String signatureHeader(List<byte[]> keys, String id, String timestamp, byte[] body) {
        return keys.stream().map(key -> Hmac.signature(key, id, timestamp, body)).collect(Collectors.joining(" "));
    }
}

package dev.vigil.notifier.webhook;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.channel.Channel;
import dev.vigil.contracts.channel.ChannelKind;
import dev.vigil.contracts.channel.ChannelTarget;
import dev.vigil.egress.BlockedTargetException;
import dev.vigil.notifier.channel.SecretBox;
import dev.vigil.notifier.delivery.ChannelSender;
import dev.vigil.notifier.delivery.SendResult;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Posts an alert to a webhook, signed per Standard Webhooks: {@code webhook-id} is the alert id on every attempt,
 * {@code webhook-timestamp} the attempt's time, {@code webhook-signature} one {@code v1,} entry per active secret.
 * 2xx delivered; 408, 429 and 5xx retried (Retry-After passed on); 410 gone; any other answer permanent.
 */
@Component
class WebhookSender implements ChannelSender {

    private static final int TOO_MANY_REQUESTS = 429;
    private static final int REQUEST_TIMEOUT = 408;
    private static final int GONE = 410;
    private static final String USER_AGENT = "Vigil-Notifier/1";

    private final WebhookHttp http;
    private final WebhookPayloads payloads;
    private final SecretBox secrets;
    private final Clock clock;

    WebhookSender(WebhookHttp http, WebhookPayloads payloads, SecretBox secrets, Clock clock) {
        this.http = http;
        this.payloads = payloads;
        this.secrets = secrets;
        this.clock = clock;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.WEBHOOK;
    }

    @Override
    public SendResult send(Alert alert, Channel channel) {
        if (!(channel.target() instanceof ChannelTarget.Webhook webhook)) {
            return new SendResult.Permanent("not a webhook channel");
        }
        Instant now = clock.instant();
        List<byte[]> keys = secrets.activeSigningKeys(webhook, now);
        if (keys.isEmpty()) {
            return new SendResult.Permanent("no signing secret is valid any more");
        }
        WebhookPayload payload = payloads.of(alert, webhook.preset());
        String id = alert.id().toString();
        String timestamp = Long.toString(now.getEpochSecond());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("webhook-id", id);
        headers.put("webhook-timestamp", timestamp);
        headers.put("webhook-signature", WebhookSigner.signatureHeader(keys, id, timestamp, payload.body()));
        headers.put("User-Agent", USER_AGENT);
        try {
            WebhookHttp.Answer answer = http.post(URI.create(secrets.deliveryUrl(webhook)), headers, payload.body(),
                    payload.contentType());
            return judge(answer, clock.instant());
        } catch (IOException e) {
            return failure(e);
        }
    }

    private static SendResult judge(WebhookHttp.Answer answer, Instant now) {
        int status = answer.status();
        String error = "HTTP " + status;
        if (status >= 200 && status < 300) {
            return new SendResult.Delivered();
        }
        if (status == GONE) {
            return new SendResult.Gone(error);
        }
        if (status == REQUEST_TIMEOUT || status == TOO_MANY_REQUESTS || status >= 500) {
            return new SendResult.Retryable(error, RetryAfter.parse(answer.retryAfter(), now));
        }
        boolean redirect = status >= 300 && status < 400;
        return new SendResult.Permanent(redirect ? error + " (redirects are not followed)" : error);
    }

    private static SendResult failure(IOException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BlockedTargetException blocked) {
                return new SendResult.Permanent("target refused by the egress guard: " + blocked.getMessage());
            }
        }
        return new SendResult.Retryable(e.getClass().getSimpleName() + ": " + e.getMessage(), null);
    }
}

package dev.vigil.notifier.webhook;

/** A webhook request that must not be trusted: missing headers, a stale timestamp or no matching signature. */
public final class WebhookVerificationException extends Exception {

    public WebhookVerificationException(String message) {
        super(message);
    }
}

package dev.vigil.notifier.webhook;

/** The bytes a webhook posts and how they are labelled. */
record WebhookPayload(byte[] body, String contentType) {
}

package dev.vigil.notifier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Every business setting of the notifier, under {@code vigil.notifier}.
 *
 * @param channelSecretKey base64 of the 32-byte AES key the registry seals webhook signing secrets with; the same
 *     value as the registry's {@code vigil.registry.channels.sealing-key}
 * @param dashboardBaseUrl where people open Vigil; mails and webhook payloads link to monitors below it
 * @param kafka topic creation and listener concurrency
 * @param retry when failed deliveries are tried again
 * @param email the sender of alert mail
 * @param webhook timeouts, CloudEvents source and the SSRF guard of webhook calls
 */
@Validated
@ConfigurationProperties("vigil.notifier")
public record NotifierProperties(
        @NotBlank String channelSecretKey,
        @DefaultValue("http://localhost:8080") URI dashboardBaseUrl,
        @Valid @DefaultValue Kafka kafka,
        @Valid @DefaultValue Retry retry,
        @Valid @DefaultValue Email email,
        @Valid @DefaultValue Webhook webhook) {

    /**
     * @param replicationFactor replicas of the topics the notifier owns; 1 for a local single broker
     * @param concurrency consumers per delivery topic (email, webhook, and each of their retry topics); one channel's
     *     tasks share a partition, so this bounds how many channels are served at once
     * @param channelsLoadTimeout how long routing, or a delivery, waits for the channel view to catch up at start
     *     before it gives up this attempt and tries again later; also how long a test alert waits for its channel,
     *     created a moment before, to reach the view
     * @param channelsReaderBackoff how long the channel view's reader waits after a failed read (Kafka unreachable,
     *     metadata timeout, authorization failure) before it tries again, doubling from the first to the second
     *     value; it never gives up while the service runs
     * @param routingGiveUpAfter how long routing retries an alert in place after a failure (broker trouble) before it
     *     dead-letters it; waiting for the channel view to load is not such a failure and is never given up
     */
    public record Kafka(
            @DefaultValue("1") @Min(1) short replicationFactor,
            @DefaultValue("4") @Min(1) int concurrency,
            @DefaultValue("60s") Duration channelsLoadTimeout,
            @Valid @DefaultValue Backoff channelsReaderBackoff,
            @DefaultValue("5m") Duration routingGiveUpAfter) {
    }

    /**
     * @param first wait after the first failure
     * @param longest the wait never grows past this
     */
    public record Backoff(@DefaultValue("1s") Duration first, @DefaultValue("30s") Duration longest) {
    }

    /**
     * @param delays wait before each retry, one retry topic per entry; after the last the delivery fails to the
     *     dead-letter topic (default 10s, 1m, 10m, 1h, 6h)
     * @param claimLease how long a claimed attempt blocks other consumers of the same (alert, channel); longer than any
     *     send can take, so only a crashed attempt is ever repeated
     */
    public record Retry(
            @DefaultValue({"10s", "1m", "10m", "1h", "6h"}) @NotEmpty List<Duration> delays,
            @DefaultValue("5m") Duration claimLease) {
    }

    /**
     * @param from sender address of alert mail
     */
    public record Email(@DefaultValue("Vigil <vigil@localhost>") @NotBlank String from) {
    }

    /**
     * @param connectTimeout longest wait for a TCP connection to the receiver
     * @param totalTimeout longest a whole webhook call may take, connection and response included
     * @param source the CloudEvents {@code source} attribute of every event
     * @param egress which addresses webhooks may reach
     */
    public record Webhook(
            @DefaultValue("5s") Duration connectTimeout,
            @DefaultValue("15s") Duration totalTimeout,
            @DefaultValue("urn:vigil:notifier") @NotBlank String source,
            @Valid @DefaultValue Egress egress) {
    }

    /**
     * @param enabled whether private, loopback and other special addresses are refused; off only for trusted labs
     * @param allowedCidrs ranges reachable even though they are special, for example an internal receiver
     */
    public record Egress(@DefaultValue("true") boolean enabled, @DefaultValue List<String> allowedCidrs) {
    }
}

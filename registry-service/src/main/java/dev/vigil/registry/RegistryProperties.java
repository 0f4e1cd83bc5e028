package dev.vigil.registry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The registry's business settings under {@code vigil.registry}, in one place so that operators find every knob and
 * its default in the configuration metadata.
 *
 * @param api limits on what the HTTP API accepts
 * @param monitors bounds monitors must stay within
 * @param quota how many monitors a tenant may keep active
 * @param channels webhook channel settings
 * @param security how access tokens are validated
 * @param checks how check secrets are kept
 */
@Validated
@ConfigurationProperties("vigil.registry")
public record RegistryProperties(
        @Valid @DefaultValue Api api,
        @Valid @DefaultValue Monitors monitors,
        @Valid @DefaultValue Quota quota,
        @Valid @DefaultValue Channels channels,
        @Valid @DefaultValue Security security,
        @Valid @DefaultValue Checks checks) {

    /**
     * @param maxBodySize largest request body accepted; larger ones answer 413 (default 1MB)
     * @param defaultPageSize page size of list endpoints when the client names none (default 20)
     * @param maxPageSize largest page size a client may ask for (default 100)
     */
    public record Api(
            @NotNull @DefaultValue("1MB") DataSize maxBodySize,
            @Min(1) @DefaultValue("20") int defaultPageSize,
            @Min(1) @DefaultValue("100") int maxPageSize) {
    }

    /**
     * @param minInterval shortest check interval a monitor may ask for (default 10s)
     * @param maxInterval longest check interval a monitor may ask for (default 24h)
     * @param maxTimeout longest probe timeout (default 60s); it must also stay below the interval
     * @param maxHttpBodyBytes largest request body an http check may send (default 64 KiB)
     * @param maxHeaders most request headers an http check may send (default 32)
     * @param maxHeaderBytes longest header name plus value (default 8 KiB)
     * @param maxNameLength longest monitor or channel name in characters (default 200)
     * @param allowPrivateTargets accept monitor targets and webhook URLs that resolve only to private, loopback or
     *     link-local addresses (default false; the probe and the notifier re-check at connect time)
     */
    public record Monitors(
            @NotNull @DefaultValue("10s") Duration minInterval,
            @NotNull @DefaultValue("24h") Duration maxInterval,
            @NotNull @DefaultValue("60s") Duration maxTimeout,
            @Min(0) @DefaultValue("65536") int maxHttpBodyBytes,
            @Min(0) @DefaultValue("32") int maxHeaders,
            @Min(1) @DefaultValue("8192") int maxHeaderBytes,
            @Min(1) @DefaultValue("200") int maxNameLength,
            @DefaultValue("false") boolean allowPrivateTargets) {
    }

    /** @param defaultMaxActiveMonitors active (not paused) monitors a tenant may hold without override (default 3) */
    public record Quota(@Min(0) @DefaultValue("3") int defaultMaxActiveMonitors) {
    }

    /**
     * @param sealingKey base64 of the 256-bit AES key that seals webhook signing secrets; the notifier holds the same
     *     key. No default: a deployment must supply its own.
     * @param secretGracePeriod how long a rotated-out signing secret stays valid (default 24h)
     */
    public record Channels(
            @NotBlank String sealingKey,
            @NotNull @DefaultValue("24h") Duration secretGracePeriod) {
    }

    /**
     * @param audience the audience every access token must name (default vigil-api)
     * @param adminRole the realm role that may change quotas (default admin)
     */
    public record Security(
            @NotBlank @DefaultValue("vigil-api") String audience,
            @NotBlank @DefaultValue("admin") String adminRole) {
    }

    /**
     * @param secretKey base64 of the 256-bit AES key that seals check header values (an API's bearer token, say) in
     *     the database and on the monitors and probe-requests topics; the probe-service holds the same key and no other
     *     service does. No default: a deployment must supply its own ({@code VIGIL_CHECK_SECRET_KEY}).
     */
    public record Checks(@NotBlank String secretKey) {
    }
}

package dev.vigil.gateway;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Everything the gateway needs to know about its deployment, under {@code vigil.gateway}.
 *
 * @param registryUri where {@code /api/v1/**} is routed; a Kubernetes service name in a cluster
 * @param consoleUri where {@code /} and the web console's paths are routed (see {@code ConsoleRoutes})
 * @param audience the {@code aud} every access token must carry
 * @param maxRequestSize larger request bodies answer 413 before reaching any service
 * @param identityHeaders request headers a client might use to claim an identity; always removed,
 *     because the tenant comes from the validated token only
 * @param rateLimit the per-tenant token bucket
 * @param cors which browser origins may call the API
 * @param live the Server-Sent Events stream of a tenant's own status changes and alerts
 */
@Validated
@ConfigurationProperties("vigil.gateway")
public record GatewayProperties(
        @DefaultValue("http://localhost:8081") @NotNull URI registryUri,
        @DefaultValue("http://localhost:8086") @NotNull URI consoleUri,
        @DefaultValue("vigil-api") @NotBlank String audience,
        @DefaultValue("1MB") @NotNull DataSize maxRequestSize,
        @DefaultValue({"X-Tenant", "X-Tenant-Id", "X-User", "X-User-Id", "X-Forwarded-User", "X-Remote-User",
                "Remote-User", "X-Auth-Request-User", "X-Auth-Request-Email", "X-Vigil-Tenant"})
        @NotEmpty List<String> identityHeaders,
        @DefaultValue @Valid RateLimit rateLimit,
        @DefaultValue @Valid Cors cors,
        @DefaultValue @Valid Live live) {

    /** Where the rate limiter keeps its buckets. */
    public enum RateLimitStore {
        /** Per gateway instance: with N replicas a tenant gets up to N times the rate. */
        MEMORY,
        /** Shared by all replicas through Redis ({@code spring.data.redis.*}). */
        REDIS
    }

    /**
     * @param store where buckets live
     * @param replenishPerSecond tokens a tenant regains each second: its sustained request rate
     * @param burstCapacity the bucket size: how many requests a tenant may send at once
     * @param idleEviction in-memory buckets untouched this long are forgotten (they would be full anyway)
     */
    public record RateLimit(
            @DefaultValue("MEMORY") @NotNull RateLimitStore store,
            @DefaultValue("20") @Positive int replenishPerSecond,
            @DefaultValue("40") @Positive int burstCapacity,
            @DefaultValue("10m") @NotNull Duration idleEviction) {
    }

    /**
     * @param allowedOrigins origins allowed to call {@code /api/**} from a browser; empty means none
     * @param maxAge how long browsers may cache a preflight answer
     */
    public record Cors(@DefaultValue({}) List<String> allowedOrigins, @DefaultValue("30m") Duration maxAge) {
    }

    /**
     * @param heartbeat a comment line sent this often keeps idle streams open through proxies
     * @param bufferSize events kept per slow subscriber before the oldest are dropped
     * @param maxStreamsPerTenant streams one tenant may hold open on one gateway instance at once (a few browser
     *     tabs); one more answers 429
     */
    public record Live(
            @DefaultValue("15s") @NotNull Duration heartbeat,
            @DefaultValue("256") @Positive int bufferSize,
            @DefaultValue("10") @Positive int maxStreamsPerTenant) {
    }
}

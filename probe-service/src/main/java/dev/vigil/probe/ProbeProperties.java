package dev.vigil.probe;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of a probe-service instance, under {@code vigil.probe}.
 *
 * @param region region label this instance probes from and writes into every result
 * @param instanceId name of this prober in results; defaults to the host name
 * @param maxInFlight probes running at once; the consumer pauses its partitions when they are all busy
 * @param maxBodyBytes ceiling on the response body any check may read, whatever the check asks for
 * @param maxRedirects redirect hops an http check follows before it counts as failed
 * @param intake how probe requests are read
 * @param egress the SSRF guard
 * @param dns the resolver dns checks ask
 * @param tls the certificates https and tls checks trust
 * @param topics how the topics this service owns are created
 * @param checkSecretKey base64 of the 256-bit AES key that opens check header values, which travel sealed; the same
 *     value as the registry's {@code vigil.registry.checks.secret-key} and no other service's. No default
 *     ({@code VIGIL_CHECK_SECRET_KEY})
 */
@Validated
@ConfigurationProperties("vigil.probe")
public record ProbeProperties(
        @DefaultValue("local") @NotBlank String region,
        @Nullable String instanceId,
        @DefaultValue("256") @Min(1) int maxInFlight,
        @DefaultValue("1048576") @Min(1) int maxBodyBytes,
        @DefaultValue("5") @Min(0) int maxRedirects,
        @DefaultValue @Valid @NotNull Intake intake,
        @DefaultValue @Valid @NotNull Egress egress,
        @DefaultValue @Valid @NotNull Dns dns,
        @DefaultValue @Valid @NotNull Tls tls,
        @DefaultValue @Valid @NotNull Topics topics,
        @NotBlank String checkSecretKey) {

    /** The name results carry: the configured instance id, else the host name. */
    public String prober() {
        if (instanceId != null && !instanceId.isBlank()) {
            return instanceId;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unnamedHost) {
            return "probe-" + ProcessHandle.current().pid();
        }
    }

    /** The consumer group of this instance: the configured one, else one per region. */
    public String consumerGroup() {
        String configured = intake.groupId();
        return configured != null && !configured.isBlank() ? configured : "probe-service-" + region;
    }

    /**
     * @param groupId consumer group every replica of a region joins, so each request is probed once per region;
     *     absent means {@code probe-service-<region>}
     * @param pollTimeout longest a poll waits for records; also how quickly the loop notices freed slots
     * @param shutdownGrace how long shutdown waits for running probes before it gives up on them
     * @param sessionTimeout how long the group waits for a replica that stopped heartbeating (a SIGKILL, a lost node)
     *     before its partitions move; the scheduled probes of those partitions are missed meanwhile, so this bounds
     *     the gap. Kafka's 45 s default would skip 45 rounds of a 1 s monitor; the broker's
     *     {@code group.min.session.timeout.ms} (6 s by default) is the floor
     */
    public record Intake(
            @Nullable String groupId,
            @DefaultValue("100ms") @NotNull Duration pollTimeout,
            @DefaultValue("10s") @NotNull Duration shutdownGrace,
            @DefaultValue("10s") @NotNull Duration sessionTimeout) {
    }

    /**
     * @param enabled whether private, loopback and other internal addresses are refused (on by default)
     * @param allowedCidrs ranges opened despite the guard, e.g. {@code 127.0.0.0/8} for a local stack
     */
    public record Egress(
            @DefaultValue("true") boolean enabled,
            @DefaultValue List<String> allowedCidrs) {
    }

    /**
     * @param resolver {@code host:port} of the DNS server dns checks query; absent means the system's resolvers
     */
    public record Dns(@Nullable String resolver) {
    }

    /**
     * @param trustStore trust store https and tls checks verify chains against; absent means the JDK's CA certificates
     * @param trustStorePassword its password
     * @param trustStoreType its format
     */
    public record Tls(
            @Nullable Path trustStore,
            @DefaultValue("") String trustStorePassword,
            @DefaultValue("PKCS12") @NotBlank String trustStoreType) {
    }

    /**
     * @param replicationFactor replication factor of the topics this service creates
     */
    public record Topics(@DefaultValue("1") @Min(1) short replicationFactor) {
    }
}

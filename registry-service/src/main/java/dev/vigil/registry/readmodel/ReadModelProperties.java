package dev.vigil.registry.readmodel;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Arrays;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the read model consumes, keeps and serves history.
 *
 * @param groupId the consumer group of the read model's listeners (default registry-read-model)
 * @param retryAttempts how often a record whose handling failed is retried before it goes to the dead-letter topic
 *     (default 3)
 * @param retryInterval the wait between those retries (default 1s)
 * @param retention how long stats, alerts, incidents and deliveries are kept (default 30d)
 * @param retentionInterval how often the retention purge runs (default 1h)
 * @param retentionBatchSize rows deleted per statement, small so no purge holds locks for long (default 1000)
 * @param maxStatsPoints most windows one stats request returns (default 2000)
 * @param historyLimit most incidents or alerts one request returns, newest first (default 200)
 * @param defaultStatsRange the stats period when a request names no start (default 24h)
 * @param topicReplicationFactor replication factor of the dead-letter topics the read model creates (default 1)
 * @param overviewLatencyWindow the window size whose p95 the overview's latency line shows (default 1m; 1m, 5m or
 *     1h)
 * @param overviewLatencyRange how far back the overview's latency line reaches (default 1h)
 */
@Validated
@ConfigurationProperties("vigil.registry.read-model")
public record ReadModelProperties(
        @DefaultValue("registry-read-model") @NotBlank String groupId,
        @DefaultValue("3") @Min(0) int retryAttempts,
        @DefaultValue("1s") @NotNull Duration retryInterval,
        @DefaultValue("30d") @NotNull Duration retention,
        @DefaultValue("1h") @NotNull Duration retentionInterval,
        @DefaultValue("1000") @Min(1) @Max(100_000) int retentionBatchSize,
        @DefaultValue("2000") @Min(1) int maxStatsPoints,
        @DefaultValue("200") @Min(1) int historyLimit,
        @DefaultValue("24h") @NotNull Duration defaultStatsRange,
        @DefaultValue("1") @Min(1) short topicReplicationFactor,
        @DefaultValue("1m") @NotNull Duration overviewLatencyWindow,
        @DefaultValue("1h") @NotNull Duration overviewLatencyRange) {

    public ReadModelProperties {
        if (overviewLatencyWindow != null && Arrays.stream(WindowSize.values()).noneMatch(size -> size.seconds() == overviewLatencyWindow.toSeconds())) {
            throw new IllegalArgumentException("vigil.registry.read-model.overview-latency-window must be 1m, 5m or 1h");
        }
    }
}

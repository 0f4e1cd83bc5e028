package dev.vigil.analytics;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the analytics Kafka Streams application, under {@code vigil.analytics}.
 *
 * @param applicationId Kafka Streams application id: consumer group, prefix of internal topics and transactional ids
 * @param stateDir where RocksDB stores live; their changelogs make them rebuildable anywhere
 * @param standbyReplicas warm copies of each store on other instances, for fast failover
 * @param streamThreads stream threads of this instance
 * @param commitInterval how often a transaction commits; results become visible to read_committed readers then
 * @param replicationFactor of the topics this service owns and of its internal topics (1 for a local broker)
 * @param closeTimeout how long shutdown waits for the stream threads to finish their transaction; exactly-once
 *     makes a stop that gives up safe, only slower to recover
 * @param cooldown the same alert type for the same monitor is not repeated within this time
 * @param statusRefresh how often (wall clock) every monitor's status is republished even without a change
 * @param windows latency statistics windows
 * @param silence when a monitor that stopped or never started producing results is marked unknown
 * @param sla SLA period and burn-rate thresholds
 * @param threadReplacement how often a failed stream thread is replaced before the instance gives up
 * @param batching how the Streams clients batch produced records and store writes
 */
@Validated
@ConfigurationProperties("vigil.analytics")
public record AnalyticsProperties(
    @DefaultValue("vigil-analytics") @NotBlank String applicationId,
    @NotBlank String stateDir,
    @DefaultValue("0") @Min(0) int standbyReplicas,
    @DefaultValue("1") @Min(1) int streamThreads,
    @DefaultValue("100ms") @NotNull Duration commitInterval,
    @DefaultValue("1") @Min(1) short replicationFactor,
    @DefaultValue("30s") @NotNull Duration closeTimeout,
    @DefaultValue("30m") @NotNull Duration cooldown,
    @DefaultValue("1m") @NotNull Duration statusRefresh,
    @DefaultValue @Valid @NotNull Windows windows,
    @DefaultValue @Valid @NotNull Silence silence,
    @DefaultValue @Valid @NotNull Sla sla,
    @DefaultValue @Valid @NotNull ThreadReplacement threadReplacement,
    @DefaultValue @Valid @NotNull Batching batching) {

  /**
   * @param producerLinger how long the Streams producer holds a batch open for more records. Kafka Streams raises the
   *     producer's 5 ms to 100 ms; at a 100 ms commit interval that leaves nearly every batch to the commit's flush,
   *     so the records of a whole interval are sent at once while the stream thread waits for them. A few
   *     milliseconds keep batches full at any real rate and send them while the thread goes on processing.
   * @param recordCache Streams' record cache ({@code statestore.cache.max.bytes}) in front of the window stores; it
   *     holds serialised aggregates, so every result decodes and re-encodes the aggregate of each window size in it,
   *     and a monitor's window changes once per result, so it merges little before the next commit
   */
  public record Batching(
      @DefaultValue("5ms") @NotNull Duration producerLinger,
      @DefaultValue("10MB") @NotNull DataSize recordCache) {
  }

  /**
   * A stream thread that died on an unexpected error is replaced, its open transaction aborted and its records
   * retried. An error that comes back every time (a record or state the code cannot handle) would otherwise loop
   * forever behind a healthy-looking instance; past the bound the instance stops and its health says why.
   *
   * @param max replacements allowed within {@code within}; the next failure stops the instance
   * @param within the sliding period the replacements are counted over: five in ten minutes is well beyond the odd
   *     broker hiccup and well short of a loop
   */
  public record ThreadReplacement(
      @DefaultValue("5") @Min(0) int max,
      @DefaultValue("10m") @NotNull Duration within) {
  }

  /**
   * @param sizes tumbling window sizes of the latency statistics
   * @param grace how long after a window's end late results are still counted; probes of one round start within
   *     a probe timeout of each other and reach the broker within seconds, so a minute covers normal lateness
   * @param latencyAlertWindow the window size whose all-region p95/p99 is compared with the monitor's thresholds
   * @param relativeAccuracy the sketch's guaranteed relative error on every quantile
   */
  public record Windows(
      @DefaultValue({"1m", "5m", "1h"}) @NotEmpty List<Duration> sizes,
      @DefaultValue("1m") @NotNull Duration grace,
      @DefaultValue("5m") @NotNull Duration latencyAlertWindow,
      @DefaultValue("0.01") @DecimalMin("0.0001") @DecimalMax("0.1") double relativeAccuracy) {
  }

  /**
   * @param factor missed intervals after which a silent monitor is marked unknown
   * @param checkInterval how often (wall clock) monitors are checked for silence
   * @param firstResultGrace how much longer than {@code factor} intervals a monitor that was just created, changed or
   *     re-enabled may take to deliver its first result before it is reported missing: the scheduler and the probers
   *     pick up a monitor change within seconds, so two minutes leave room for a restart of either
   */
  public record Silence(
      @DefaultValue("2") @Min(1) int factor,
      @DefaultValue("30s") @NotNull Duration checkInterval,
      @DefaultValue("2m") @NotNull Duration firstResultGrace) {
  }

  /**
   * The error budget is the share of the whole period a monitor may fail: the SLA is breached once the failed checks
   * of the period exceed that share of the checks the whole period holds (period / interval), however little of it
   * was observed so far, so a new monitor's first bad minute is not a breach.
   *
   * @param periodDays the rolling SLA period the error budget is measured over
   * @param fastBurnRate budget burn rate over 1 hour and 5 minutes that raises a fast-burn alert
   * @param slowBurnRate budget burn rate over 6 hours and 30 minutes that raises a slow-burn alert
   * @param burnWindowCoverage the minimum evidence for a burn rate: the share of its long window (1 h or 6 h) the
   *     monitor must have been watched for before that rate is judged; 1 means the whole window, so a monitor's first
   *     hour raises no fast burn (its failure streak speaks for it)
   */
  public record Sla(
      @DefaultValue("30") @Min(1) int periodDays,
      @DefaultValue("14.4") @DecimalMin("1") double fastBurnRate,
      @DefaultValue("6") @DecimalMin("1") double slowBurnRate,
      @DefaultValue("1.0") @DecimalMin("0.01") @DecimalMax("1") double burnWindowCoverage) {
  }
}

package dev.vigil.scheduler;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Every setting of the scheduler in one place, so operators find them under {@code vigil.scheduler}.
 *
 * @param regions the regions probers run in; a monitor that names no regions is probed in all of them
 * @param schedule how the scheduling thread ticks and how long requests stay valid
 * @param feed how the monitors topic is followed
 * @param topics how the topics this service owns are created
 */
@Validated
@ConfigurationProperties("vigil.scheduler")
public record SchedulerProperties(
        @DefaultValue("local") @NotEmpty List<@NotEmpty String> regions,
        @DefaultValue @Valid @NotNull Schedule schedule,
        @DefaultValue @Valid @NotNull Feed feed,
        @DefaultValue @Valid @NotNull Topics topics) {

    /**
     * Timing of the scheduling thread.
     *
     * @param tickResolution longest the scheduling thread sleeps, which bounds how late a change to a monitor is
     *     applied; due probes wake it earlier
     * @param maxDeadline longest a probe request stays valid: its deadline is scheduledAt plus the monitor's
     *     interval, but never more than this
     */
    public record Schedule(
            @DefaultValue("10ms") @NotNull Duration tickResolution,
            @DefaultValue("5m") @NotNull Duration maxDeadline) {
    }

    /**
     * Following the monitors topic.
     *
     * @param pollTimeout longest one poll of the monitors topic waits for records
     * @param handoverTimeout longest a revocation waits for the scheduling thread to forget the revoked monitors
     *     before the partitions are handed to another instance
     * @param decodeThreads threads that decode the records of one poll, which is most of the work of rebuilding the
     *     schedule after a start or a rebalance; 2 matches the two cores the scheduler is sized for
     */
    public record Feed(
            @DefaultValue("500ms") @NotNull Duration pollTimeout,
            @DefaultValue("5s") @NotNull Duration handoverTimeout,
            @DefaultValue("2") @Min(1) int decodeThreads) {
    }

    /**
     * Creation of the topics this service owns.
     *
     * @param replicationFactor replicas of each created topic; 1 suits a single local broker
     */
    public record Topics(@DefaultValue("1") @Min(1) short replicationFactor) {
    }
}

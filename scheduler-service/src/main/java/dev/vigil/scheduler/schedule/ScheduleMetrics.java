package dev.vigil.scheduler.schedule;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What operators watch to know the scheduler keeps time: how many monitors and partitions it owns and how late
 * requests leave it. The gauges are published from the scheduling thread, which alone may read the schedule.
 */
final class ScheduleMetrics {

    private static final double[] PERCENTILES = {0.5, 0.95, 0.99};
    /** Two significant digits: enough to tell 1.2 ms from 1.8 ms without a large histogram. */
    private static final int PERCENTILE_PRECISION = 2;

    private final AtomicInteger monitorsOwned = new AtomicInteger();
    private final AtomicInteger partitionsOwned = new AtomicInteger();
    private final Timer lateness;

    ScheduleMetrics(MeterRegistry registry) {
        Gauge.builder("vigil.scheduler.monitors.owned", monitorsOwned, AtomicInteger::get)
                .description("Enabled monitors of the partitions this instance owns")
                .register(registry);
        Gauge.builder("vigil.scheduler.partitions.owned", partitionsOwned, AtomicInteger::get)
                .description("Partitions of the monitors topic loaded and scheduled by this instance")
                .register(registry);
        lateness = Timer.builder("vigil.scheduler.lateness")
                .description("Time from a request's scheduledAt until it is handed to the producer")
                .publishPercentiles(PERCENTILES)
                .percentilePrecision(PERCENTILE_PRECISION)
                .publishPercentileHistogram()
                .register(registry);
    }

    void owned(int monitors, int partitions) {
        monitorsOwned.set(monitors);
        partitionsOwned.set(partitions);
    }

    void late(Duration late) {
        lateness.record(late);
    }

    Timer lateness() {
        return lateness;
    }
}

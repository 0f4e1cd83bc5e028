package dev.vigil.scheduler.schedule;

import com.sun.management.OperatingSystemMXBean;
import dev.vigil.contracts.monitor.CheckKind;
import dev.vigil.contracts.monitor.CheckSpec;
import dev.vigil.contracts.monitor.HttpCheck;
import dev.vigil.contracts.monitor.HttpMethod;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.contracts.topic.Topics;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Measures what the scheduler costs at scale: heap bytes per monitor once N monitors are scheduled, and lateness
 * (emit time minus scheduledAt) and CPU of the real scheduling loop over a run, with a sink that only counts, so the
 * figures are the scheduler's own. Not a test: run it through the {@code scheduler-bench} Maven profile (see the
 * module's pom); a later issue moves it to the bench module.
 */
public final class SchedulerBenchmark {

    private static final int INTERVAL_SECONDS = 60;
    private static final int TENANTS = 1000;
    private static final int PARTITIONS = Topics.CO_PARTITIONED_PARTITIONS;
    private static final int TIMEOUT_MS = 5000;
    private static final Duration TICK = Duration.ofMillis(10);
    private static final Duration MAX_DEADLINE = Duration.ofMinutes(5);
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final int GC_ROUNDS = 5;
    private static final double MILLIS = 1e6;

    private SchedulerBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException {
        int monitors = Integer.parseInt(args[0]);
        Duration run = Duration.ofSeconds(Long.parseLong(args[1]));
        System.out.printf("monitors=%d interval=%ds run=%s maxHeap=%dMiB%n", monitors, INTERVAL_SECONDS, run,
                Runtime.getRuntime().maxMemory() >> 20);

        long heapBefore = usedHeapAfterGc();
        long loadStarted = System.nanoTime();
        Schedule schedule = load(monitors);
        long loadNanos = System.nanoTime() - loadStarted;
        long heapAfter = usedHeapAfterGc();
        System.out.printf("load: %d monitors in %d ms (read from JSON, planned, queued)%n", schedule.size(),
                TimeUnit.NANOSECONDS.toMillis(loadNanos));
        System.out.printf("heap: %d MiB for the schedule, %d bytes per monitor%n", (heapAfter - heapBefore) >> 20,
                (heapAfter - heapBefore) / monitors);

        // The instants that passed while loading (the JSON reading dominates) are skipped, as a real load applies all
        // monitors of a partition at one instant; the run measures the steady state.
        var skipped = new LongAdder();
        schedule.fireDue(System.currentTimeMillis(), (plan, at) -> skipped.increment());
        System.out.printf("skipped %d instants that fell due while loading%n", skipped.sum());
        runLoop(schedule, run);
    }

    private static Schedule load(int monitors) {
        Serializer<MonitorSnapshot> serializer = Topics.MONITORS.valueSerde().serializer();
        Deserializer<MonitorSnapshot> deserializer = Topics.MONITORS.valueSerde().deserializer();
        var schedule = new Schedule(new MonitorPlans(List.of("local")));
        long now = System.currentTimeMillis();
        for (int i = 0; i < monitors; i++) {
            // Through JSON, as from the topic: every record brings its own strings and objects.
            byte[] json = serializer.serialize(Topics.MONITORS.name(), snapshot(i));
            schedule.put(i % PARTITIONS, deserializer.deserialize(Topics.MONITORS.name(), json), now);
        }
        return schedule;
    }

    private static void runLoop(Schedule schedule, Duration run) throws InterruptedException {
        var registry = new SimpleMeterRegistry();
        var metrics = new ScheduleMetrics(registry);
        var sent = new LongAdder();
        long measureFrom = System.currentTimeMillis() + WARM_UP.toMillis();
        var steady = new LatencySamples(schedule.size() * (run.toSeconds() / INTERVAL_SECONDS + 2));
        // The sink measures the same lateness as the loop's timer, exactly (every sample kept), and only for instants
        // after the warm-up, which leaves out the instants that fell due while the missed ones were being skipped.
        ProbeRequestSink sink = request -> {
            sent.increment();
            if (request.scheduledAt().toEpochMilli() >= measureFrom) {
                steady.add(Duration.between(request.scheduledAt(), Instant.now()).toNanos());
            }
        };
        var loop = new SchedulingLoop(schedule, new ProbeRequests(MAX_DEADLINE), sink, metrics, Clock.systemUTC(),
                TICK);
        var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        long started = System.nanoTime();
        loop.start();
        Thread.sleep(run.plus(WARM_UP));
        loop.stop();
        long elapsed = System.nanoTime() - started;
        long cpu = os.getProcessCpuTime() - cpuBefore;

        System.out.printf("run: %d requests in %.1f s = %.0f/s, process CPU %.1f%% of one core%n", sent.sum(),
                elapsed / 1e9, sent.sum() / (elapsed / 1e9), 100.0 * cpu / elapsed);
        print("lateness, Micrometer timer (percentiles over its last time window)", metrics.lateness().takeSnapshot());
        System.out.println("lateness after warm-up (exact): " + steady.summary());
    }

    private static void print(String title, HistogramSnapshot lateness) {
        System.out.printf("%s: count=%d mean=%.3f ms max=%.3f ms", title, lateness.count(),
                lateness.mean(TimeUnit.NANOSECONDS) / MILLIS, lateness.max(TimeUnit.NANOSECONDS) / MILLIS);
        for (ValueAtPercentile percentile : lateness.percentileValues()) {
            System.out.printf(" p%s=%.3f ms", percentile.percentile() * 100, percentile.value(TimeUnit.NANOSECONDS) / MILLIS);
        }
        System.out.println();
    }

    private static MonitorSnapshot snapshot(int i) {
        UUID id = UUID.randomUUID();
        var http = new HttpCheck(HttpMethod.GET, Map.of("Accept", "application/json"), null, List.of(), true,
                HttpCheck.DEFAULT_MAX_BODY_BYTES);
        var check = new CheckSpec(CheckKind.HTTP, "https://service-" + i + ".example.com/health", TIMEOUT_MS, http,
                null, List.of(), null, null);
        return new MonitorSnapshot(id, "tenant-" + (i % TENANTS), "monitor " + i, check, INTERVAL_SECONDS,
                MonitorSnapshot.DEFAULT_FAILURE_THRESHOLD, MonitorSnapshot.DEFAULT_RECOVERY_THRESHOLD, null,
                MonitorSnapshot.DEFAULT_SLA_TARGET_PERCENT, null, null,
                MonitorSnapshot.DEFAULT_TLS_EXPIRY_WARNING_DAYS, List.of(), null, List.of(), true, 1, Instant.now());
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < GC_ROUNDS; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Every sample of one writer thread, read after it stopped; sorted once for exact percentiles. */
    private static final class LatencySamples {

        private final long[] nanos;
        private int count;

        LatencySamples(long capacity) {
            nanos = new long[Math.toIntExact(capacity)];
        }

        void add(long sample) {
            if (count < nanos.length) {
                nanos[count++] = sample;
            }
        }

        String summary() {
            long[] sorted = Arrays.copyOf(nanos, count);
            Arrays.sort(sorted);
            return "count=%d p50=%.3f ms p90=%.3f ms p99=%.3f ms p99.9=%.3f ms max=%.3f ms".formatted(count,
                    at(sorted, 0.5), at(sorted, 0.9), at(sorted, 0.99), at(sorted, 0.999), at(sorted, 1));
        }

        private static double at(long[] sorted, double quantile) {
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / MILLIS;
        }
    }
}

package dev.vigil.scheduler.schedule;

import com.sun.management.OperatingSystemMXBean;
import dev.vigil.bench.support.Charts;
import dev.vigil.bench.support.ClassHistogram;
import dev.vigil.bench.support.Machine;
import dev.vigil.bench.support.Quantiles;
import dev.vigil.bench.support.Results;
import dev.vigil.bench.support.VariedMonitors;
import dev.vigil.contracts.json.ContractDeserializer;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.contracts.topic.Topics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/**
 * Issue 9 #4 (in memory): heap bytes per monitor once N varied monitors ({@link VariedMonitors}) are scheduled, with
 * the class histogram that explains them, then lateness (emit time minus scheduledAt) and CPU of the real scheduling
 * loop with a sink that only counts, so the figures are the scheduler's own. Throughput is reported per CPU-second of
 * the scheduling thread alone, over the measured interval only (warm-up excluded), so other load on the machine
 * does not deflate it. Moved here from scheduler-service's test sources.
 *
 * <p>Arguments: monitors, seconds measured after a 10 s warm-up (split into equal windows whose p99 median is
 * reported next to the whole run's).
 */
public final class SchedulerBenchmark {

    static final String NAME = "scheduler-scale";
    private static final int PARTITIONS = Topics.CO_PARTITIONED_PARTITIONS;
    private static final Duration TICK = Duration.ofMillis(10);
    private static final Duration MAX_DEADLINE = Duration.ofMinutes(5);
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final int WINDOWS = 3;
    private static final int TOP_CLASSES = 12;
    private static final int GC_ROUNDS = 5;
    private static final double MILLIS = 1e6;
    private static final double P99 = 0.99;
    private static final long GOAL_P99_NANOS = 20_000_000;
    private static final long GOAL_BYTES_PER_MONITOR = 256;
    private static final String SCHEDULING_THREAD = "scheduler";

    private SchedulerBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException {
        int monitors = Integer.parseInt(args[0]);
        Duration run = Duration.ofSeconds(Long.parseLong(args[1]));
        System.out.printf("monitors=%d (varied) run=%s maxHeap=%dMiB load average %s%n", monitors, run,
                Runtime.getRuntime().maxMemory() >> 20, Machine.loadAverage());
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("monitors", monitors);
        figures.put("monitorMix", "varied (VariedMonitors)");
        figures.put("loadAverageBefore", Machine.loadAverage());

        long heapBefore = usedHeapAfterGc();
        ClassHistogram histogramBefore = ClassHistogram.take();
        long loadStarted = System.nanoTime();
        // The feed's planner and the values it shares are part of the scheduler's heap: kept alive while measured.
        var plans = new MonitorPlans(VariedMonitors.REGIONS);
        Schedule schedule = load(monitors, plans);
        long loadNanos = System.nanoTime() - loadStarted;
        long heapAfter = usedHeapAfterGc();
        long bytesPerMonitor = (heapAfter - heapBefore) / monitors;
        System.out.printf("load: %d monitors in %d ms (read from JSON, planned, queued); %d distinct shared values "
                + "(tenants, region lists, check templates and their parts)%n", schedule.size(),
                TimeUnit.NANOSECONDS.toMillis(loadNanos), plans.sharedValues());
        System.out.printf("heap: %d MiB for the schedule, %d bytes per monitor%n", (heapAfter - heapBefore) >> 20,
                bytesPerMonitor);
        List<Map<String, Object>> classes = new ArrayList<>();
        System.out.println("what the bytes per monitor are (live-object histogram difference):");
        for (ClassHistogram.Growth growth : ClassHistogram.take().growthSince(histogramBefore, TOP_CLASSES)) {
            double perMonitor = (double) growth.bytes() / monitors;
            System.out.printf("  %8.1f B/monitor %6.2f instances/monitor  %s%n", perMonitor,
                    (double) growth.instances() / monitors, growth.className());
            classes.add(Map.of("class", growth.className(), "bytesPerMonitor", perMonitor,
                    "instancesPerMonitor", (double) growth.instances() / monitors));
        }
        figures.put("loadMillisFromJson", TimeUnit.NANOSECONDS.toMillis(loadNanos));
        figures.put("heapBytesPerMonitor", bytesPerMonitor);
        figures.put("sharedValues", plans.sharedValues());
        figures.put("heapByClass", classes);

        var skipped = new LongAdder();
        // Instants that passed while loading (JSON reading dominates) are skipped, as a real load applies all
        // monitors of a partition at one instant; the run measures the steady state.
        schedule.fireDue(System.currentTimeMillis(), (plan, at) -> skipped.increment());
        runLoop(schedule, run, figures);

        long p99 = ((Number) figures.get("latenessP99Nanos")).longValue();
        figures.put("goal", "at 1,000,000: lateness p99 <= 20 ms, <= 256 B heap per monitor");
        figures.put("goalP99Met", p99 <= GOAL_P99_NANOS);
        figures.put("goalHeapMet", bytesPerMonitor <= GOAL_BYTES_PER_MONITOR);
        Results.fromSystemProperties().append(NAME, figures, Instant.now());
    }

    private static Schedule load(int monitors, MonitorPlans plans) {
        Serializer<MonitorSnapshot> serializer = Topics.MONITORS.valueSerde().serializer();
        // What the feed reads of each record.
        Deserializer<SnapshotView> deserializer = new ContractDeserializer<>(SnapshotView.class);
        var schedule = new Schedule();
        long now = System.currentTimeMillis();
        for (int i = 0; i < monitors; i++) {
            // Through JSON, as from the topic: every record brings its own strings and objects.
            byte[] json = serializer.serialize(Topics.MONITORS.name(), VariedMonitors.monitor(UUID.randomUUID(), i));
            schedule.put(i % PARTITIONS, plans.plan(deserializer.deserialize(Topics.MONITORS.name(), json)), now);
        }
        return schedule;
    }

    private static void runLoop(Schedule schedule, Duration run, Map<String, Object> figures)
            throws InterruptedException {
        var metrics = new ScheduleMetrics(new SimpleMeterRegistry());
        var sent = new LongAdder();
        long measureFrom = System.currentTimeMillis() + WARM_UP.toMillis();
        long windowMillis = run.toMillis() / WINDOWS;
        long perWindow = (long) schedule.size() * VariedMonitors.REGIONS.size()
                * (windowMillis / 1000 / VariedMonitors.SHORTEST_INTERVAL_SECONDS + 2);
        var windows = new LatencySamples[WINDOWS];
        for (int i = 0; i < WINDOWS; i++) {
            windows[i] = new LatencySamples(perWindow);
        }
        // Every sample after the warm-up is kept (exact percentiles), in the window its instant falls in.
        ProbeRequestSink sink = request -> {
            sent.increment();
            long scheduledAt = request.scheduledAt().toEpochMilli();
            if (scheduledAt >= measureFrom) {
                int window = (int) Math.min(WINDOWS - 1, (scheduledAt - measureFrom) / windowMillis);
                windows[window].add(Duration.between(request.scheduledAt(), Instant.now()).toNanos());
            }
        };
        var loop = new SchedulingLoop(schedule, new ProbeRequests(MAX_DEADLINE), sink, metrics, Clock.systemUTC(),
                TICK);
        var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        loop.start();
        Thread.sleep(WARM_UP);
        long thread = threadId(SCHEDULING_THREAD);
        long threadCpuBefore = threads.getThreadCpuTime(thread);
        long cpuBefore = os.getProcessCpuTime();
        long sentBefore = sent.sum();
        long started = System.nanoTime();
        Thread.sleep(run);
        long threadCpu = threads.getThreadCpuTime(thread) - threadCpuBefore;
        long cpu = os.getProcessCpuTime() - cpuBefore;
        long measured = sent.sum() - sentBefore;
        long elapsed = System.nanoTime() - started;
        loop.stop();

        double perSecond = measured / (elapsed / 1e9);
        double perCpuSecond = measured / (threadCpu / 1e9);
        System.out.printf("run: %d requests in the measured %.1f s = %.0f/s; scheduling thread %.2f CPU-s = %.0f "
                + "requests per CPU-second (%.1f%% of one core); process CPU %.1f%% of one core; load average %s%n",
                measured, elapsed / 1e9, perSecond, threadCpu / 1e9, perCpuSecond, 100.0 * threadCpu / elapsed,
                100.0 * cpu / elapsed, Machine.loadAverage());
        long[] all = LatencySamples.concat(windows);
        Quantiles exact = Quantiles.of(all);
        double[] windowP99 = Arrays.stream(windows).filter(window -> window.count > 0)
                .mapToDouble(window -> Quantiles.of(window.values()).at(P99)).toArray();
        System.out.printf("lateness after warm-up (exact, %d samples): p50=%.3f ms p90=%.3f ms p99=%.3f ms "
                + "p99.9=%.3f ms max=%.3f ms; p99 per %d s window: %s ms (median %.3f)%n", exact.count(),
                exact.at(0.5) / MILLIS, exact.at(0.9) / MILLIS, exact.at(P99) / MILLIS, exact.at(0.999) / MILLIS,
                exact.max() / MILLIS, windowMillis / 1000, Arrays.toString(
                        Arrays.stream(windowP99).map(v -> Math.round(v / 1e3) / 1e3).toArray()),
                Quantiles.median(windowP99) / MILLIS);
        chart(exact, schedule.size());
        figures.put("requestsPerSecond", perSecond);
        figures.put("requestsPerSchedulingThreadCpuSecond", perCpuSecond);
        figures.put("schedulingThreadCpuShareOfOneCore", (double) threadCpu / elapsed);
        figures.put("processCpuShareOfOneCore", (double) cpu / elapsed);
        figures.put("latenessSamples", exact.count());
        figures.put("latenessP50Nanos", (long) exact.at(0.5));
        figures.put("latenessP99Nanos", (long) exact.at(P99));
        figures.put("latenessP999Nanos", (long) exact.at(0.999));
        figures.put("latenessMaxNanos", (long) exact.max());
        figures.put("latenessP99PerWindowNanos", windowP99);
        figures.put("latenessP99MedianOfWindowsNanos", (long) Quantiles.median(windowP99));
        figures.put("loadAverageAfterRun", Machine.loadAverage());
    }

    /** Lateness against percentile, so the body and the tail show on one picture. */
    private static void chart(Quantiles exact, int monitors) {
        double[] percentiles = {50, 75, 90, 95, 99, 99.5, 99.9, 99.95, 99.99, 100};
        double[] millis = Arrays.stream(percentiles).map(p -> exact.at(p / 100) / MILLIS).toArray();
        double[] nines = Arrays.stream(percentiles).map(p -> p >= 100 ? 5 : -Math.log10(1 - p / 100)).toArray();
        XYChart chart = new XYChartBuilder().width(800).height(420)
                .title("Scheduler lateness, %,d varied monitors (x: 1 = p90, 2 = p99, 3 = p99.9, 5 = max)"
                        .formatted(monitors))
                .xAxisTitle("nines").yAxisTitle("lateness ms").build();
        chart.addSeries("lateness", nines, millis);
        chart.getStyler().setYAxisLogarithmic(true);
        Charts.save(chart, "scheduler-lateness-" + monitors);
    }

    private static long threadId(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(thread -> thread.getName().equals(name))
                .findFirst().orElseThrow(() -> new IllegalStateException("no thread named " + name)).threadId();
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < GC_ROUNDS; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Every sample of the one scheduling thread, read after it stopped. */
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

        long[] values() {
            return Arrays.copyOf(nanos, count);
        }

        static long[] concat(LatencySamples[] windows) {
            return Arrays.stream(windows).flatMapToLong(w -> Arrays.stream(w.nanos, 0, w.count))
                    .toArray();
        }
    }
}

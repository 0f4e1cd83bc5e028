package dev.vigil.bench.scheduler;

import dev.vigil.bench.support.Child;
import dev.vigil.bench.support.Exit;
import dev.vigil.bench.support.Machine;
import dev.vigil.bench.support.Profile;
import dev.vigil.bench.support.Quantiles;
import dev.vigil.bench.support.Results;
import dev.vigil.bench.support.Scrape;
import dev.vigil.bench.support.VariedMonitors;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.testkit.kafka.KafkaBroker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Issue 9 #4, rebuild: the real scheduler-service (its executable jar, a child process) started against a real broker
 * whose compacted monitors topic already holds N varied monitors ({@link VariedMonitors}), timed from process start
 * until its {@code vigil.scheduler.monitors.owned} gauge reports all N (the one definition of "rebuild" the goal and
 * the report use), three restarts per size and the median reported. Also takes the live-object histogram of the
 * restarted service ({@code jcmd GC.class_histogram}): the real heap cost per monitor.
 *
 * <p>Arguments: the monitor counts, ascending; the topic grows from one to the next.
 */
public final class SchedulerRebuildBenchmark {

    static final String NAME = "scheduler-rebuild";
    private static final int RESTARTS = 3;
    private static final Duration REBUILD_LIMIT = Duration.ofMinutes(4);
    private static final int TOP = 12;
    private static final Duration POLL = Duration.ofMillis(100);
    private static final String OWNED = "vigil_scheduler_monitors_owned";
    private static final Pattern LOADED = Pattern.compile("\"durationMs\":(\\d+)");
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*$");
    private static final int TOP_CLASSES = 10;
    private static final double GOAL_SECONDS = 10;
    /**
     * Added to the service's JVM options (environment {@code BENCH_SCHEDULER_JVM_OPTIONS}, space-separated), to
     * measure what a deployment choice such as the JIT's would change; none by default, recorded with the results.
     */
    private static final List<String> EXTRA_JVM_OPTIONS = Arrays.stream(
            System.getenv().getOrDefault("BENCH_SCHEDULER_JVM_OPTIONS", "").trim().split("\\s+"))
            .filter(option -> !option.isEmpty()).toList();

    private SchedulerRebuildBenchmark() {
    }

    public static void main(String[] args) {
        Exit.after(() -> run(args));
    }

    private static void run(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("bench.root", "."));
        Path jar = root.resolve("scheduler-service/target/scheduler-service-0.1.0-SNAPSHOT-exec.jar");
        Path logs = root.resolve("bench/target/logs");
        KafkaBroker broker = KafkaBroker.shared();
        broker.createTopics(Topics.MONITORS);
        int produced = 0;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String arg : args) {
            int monitors = Integer.parseInt(arg);
            long produceStarted = System.nanoTime();
            produce(broker.bootstrapServers(), produced, monitors);
            System.out.printf("%d monitors on %s (%d s to produce), load average %s%n", monitors,
                    Topics.MONITORS.name(), TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - produceStarted),
                    Machine.loadAverage());
            produced = monitors;
            rows.add(rebuild(broker.bootstrapServers(), jar, logs, monitors));
        }
        Results.fromSystemProperties().append(NAME, Map.of("restartsPerSize", RESTARTS, "monitorMix",
                "varied (VariedMonitors)", "extraServiceJvmOptions", EXTRA_JVM_OPTIONS, "rows", rows,
                "goal", "rebuild <= 10 s at 1,000,000 monitors"), Instant.now());
    }

    private static Map<String, Object> rebuild(String bootstrap, Path jar, Path logs, int monitors)
            throws Exception {
        double[] startToOwned = new double[RESTARTS];
        double[] slowestPartition = new double[RESTARTS];
        double[] cpuToOwned = new double[RESTARTS];
        String[] loadAverages = new String[RESTARTS];
        List<String> histogram = List.of();
        Profile.Summary profile = null;
        long rss = 0;
        for (int restart = 0; restart < RESTARTS; restart++) {
            int port = Scrape.freePort();
            long started = System.nanoTime();
            Path recording = logs.resolve("scheduler-" + monitors + "-" + restart + ".jfr");
            List<String> jvm = new ArrayList<>(List.of("-Xmx2g", "-XX:+UseG1GC",
                    "-XX:StartFlightRecording=filename=" + recording + ",settings=profile,dumponexit=true"));
            jvm.addAll(EXTRA_JVM_OPTIONS);
            try (Child scheduler = Child.serviceJar(jar, jvm, Map.of(
                    "spring.kafka.bootstrap-servers", bootstrap,
                    "server.port", Integer.toString(port),
                    "server.address", "127.0.0.1",
                    "logging.level.root", "warn",
                    "logging.level.dev.vigil", "info",
                    "spring.main.banner-mode", "off"), logs.resolve("scheduler-" + monitors + "-" + restart + ".log"))) {
                long deadline = started + REBUILD_LIMIT.toNanos();
                while (Scrape.onlyOne(port, OWNED).orElse(0) < monitors) {
                    if (System.nanoTime() > deadline || !scheduler.isAlive()) {
                        throw new IllegalStateException("no rebuild of " + monitors + " within " + REBUILD_LIMIT
                                + "; see " + scheduler.log());
                    }
                    Thread.sleep(POLL);
                }
                startToOwned[restart] = (System.nanoTime() - started) / 1e9;
                // CPU time is what the rebuild costs whatever else the machine runs; wall time is what users wait.
                cpuToOwned[restart] = Machine.cpuSeconds(scheduler.pid());
                slowestPartition[restart] = slowestPartitionSeconds(scheduler.log());
                loadAverages[restart] = Machine.loadAverage();
                System.out.printf("  restart %d: all %d monitors owned %.1f s after the process started, having "
                        + "used %.1f CPU-s (%.0f monitors per CPU-second); slowest partition load %.1f s; load "
                        + "average %s%n", restart + 1, monitors, startToOwned[restart], cpuToOwned[restart],
                        monitors / cpuToOwned[restart], slowestPartition[restart], loadAverages[restart]);
                if (restart == RESTARTS - 1) {
                    histogram = histogram(scheduler.pid(), monitors);
                    rss = scheduler.peakRssBytes();
                }
            }
            if (restart == RESTARTS - 1) {
                profile = Profile.of(recording, "monitor-feed", TOP);
                System.out.printf("  JFR of the last restart (%d CPU samples, whole run): hottest methods%n",
                        profile.samples());
                profile.hotMethods().forEach(line -> System.out.println("    " + line));
                System.out.println("  CPU samples by code area: " + profile.samplesByArea());
                System.out.println("  monitor-feed thread blocked (ms): " + profile.blockedMillisByFrame());
            }
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("monitors", monitors);
        row.put("processStartToAllOwnedSeconds", startToOwned);
        row.put("processStartToAllOwnedMedianSeconds", Quantiles.median(startToOwned));
        row.put("slowestPartitionLoadSeconds", slowestPartition);
        row.put("slowestPartitionLoadMedianSeconds", Quantiles.median(slowestPartition));
        row.put("processStartToAllOwnedCpuSeconds", cpuToOwned);
        row.put("processStartToAllOwnedMedianCpuSeconds", Quantiles.median(cpuToOwned));
        row.put("loadAverageAtEachOwned", loadAverages);
        row.put("goalMet", Quantiles.median(startToOwned) <= GOAL_SECONDS);
        row.put("serviceHeapByClass", histogram);
        row.put("servicePeakRssBytes", rss);
        if (profile != null) {
            row.put("jfrHotMethods", profile.hotMethods());
            row.put("jfrCpuSamplesByArea", profile.samplesByArea());
            row.put("feedThreadBlockedMillis", profile.blockedMillisByFrame());
        }
        row.put("loadAverage", Machine.loadAverage());
        return row;
    }

    /** The partitions load in parallel within one consumer; the slowest one is when the schedule is complete. */
    private static double slowestPartitionSeconds(Path log) throws IOException {
        long slowest = 0;
        for (String line : Files.readAllLines(log)) {
            if (line.contains("monitor partition loaded")) {
                Matcher duration = LOADED.matcher(line);
                if (duration.find()) {
                    slowest = Math.max(slowest, Long.parseLong(duration.group(1)));
                }
            }
        }
        return slowest / 1e3;
    }

    /** The restarted service's biggest classes per monitor (the histogram forces a full GC, so only live objects). */
    private static List<String> histogram(long pid, int monitors) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.class_histogram")
                .redirectErrorStream(true).start();
        List<String> top = new ArrayList<>();
        long total = 0;
        for (String line : new String(process.getInputStream().readAllBytes()).split("\n")) {
            Matcher row = HISTOGRAM_ROW.matcher(line);
            if (row.matches()) {
                long bytes = Long.parseLong(row.group(2));
                total += bytes;
                if (top.size() < TOP_CLASSES) {
                    top.add("%.1f B/monitor %s".formatted((double) bytes / monitors, row.group(3)));
                }
            }
        }
        process.waitFor();
        top.add("%.1f B/monitor in all live objects of the service".formatted((double) total / monitors));
        System.out.println("  live heap of the restarted service per monitor (jcmd GC.class_histogram):");
        top.forEach(line -> System.out.println("    " + line));
        return top;
    }

    private static void produce(String bootstrap, int from, int to) {
        Map<String, Object> settings = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        try (var producer = new KafkaProducer<>(settings, Topics.MONITORS.keySerde().serializer(),
                Topics.MONITORS.valueSerde().serializer())) {
            for (int i = from; i < to; i++) {
                MonitorSnapshot snapshot = VariedMonitors.monitor(UUID.randomUUID(), i);
                producer.send(new ProducerRecord<>(Topics.MONITORS.name(), snapshot.id(), snapshot));
            }
            producer.flush();
        }
    }
}

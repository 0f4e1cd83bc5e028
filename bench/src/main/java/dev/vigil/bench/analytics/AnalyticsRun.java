package dev.vigil.bench.analytics;

import dev.vigil.bench.support.Child;
import dev.vigil.bench.support.Machine;
import dev.vigil.bench.support.Scrape;
import dev.vigil.contracts.topic.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * One analytics-streams instance (executable jar, child process, exactly_once_v2 as configured by the service,
 * a fresh application id and state directory so it starts from the first result) timed by its committed offsets on
 * the results topic: results/s is committed results over the time from the first commit to the backlog drained or
 * the time limit. Runs with a JFR recording whose file is returned for profiling.
 */
final class AnalyticsRun {

    private static final Duration START_LIMIT = Duration.ofMinutes(2);
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final String UNKNOWN_MONITOR = "vigil_analytics_results_unknown_monitor_total";

    private AnalyticsRun() {
    }

    record Outcome(double resultsPerSecond, long committed, double seconds, double cpuCoresBusy, long peakRssBytes,
            double unknownMonitorDrops, Path recording, String loadAverage, String commitInterval, int streamThreads) {
    }

    static Outcome run(Path jar, Path work, String bootstrap, String runId, String commitInterval, int streamThreads,
            Duration limit) throws Exception {
        String applicationId = "bench-analytics-" + runId;
        Path recording = work.resolve("analytics-" + runId + ".jfr");
        int port = Scrape.freePort();
        Set<TopicPartition> partitions = IntStream.range(0, Topics.PROBE_RESULTS.partitions())
                .mapToObj(p -> new TopicPartition(Topics.PROBE_RESULTS.name(), p)).collect(Collectors.toSet());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
                Child analytics = Child.serviceJar(jar, List.of("-Xmx1g",
                        "-XX:StartFlightRecording=filename=" + recording + ",settings=profile,dumponexit=true"),
                        Map.of("spring.kafka.bootstrap-servers", bootstrap,
                                "vigil.analytics.application-id", applicationId,
                                "vigil.analytics.state-dir", work.resolve("state-" + runId).toString(),
                                "vigil.analytics.commit-interval", commitInterval,
                                "vigil.analytics.stream-threads", Integer.toString(streamThreads),
                                "server.port", Integer.toString(port),
                                "server.address", "127.0.0.1",
                                "logging.level.root", "warn",
                                "spring.main.banner-mode", "off"),
                        work.resolve("analytics-" + runId + ".log"))) {
            long end = endOffsets(admin, partitions);
            long deadline = System.nanoTime() + START_LIMIT.toNanos();
            long first = committed(admin, applicationId);
            while (first == 0) {
                if (System.nanoTime() > deadline || !analytics.isAlive()) {
                    throw new IllegalStateException("analytics committed nothing; see " + analytics.log());
                }
                Thread.sleep(POLL);
                first = committed(admin, applicationId);
            }
            long started = System.nanoTime();
            double cpuBefore = analytics.cpuSeconds();
            long stopAt = started + limit.toNanos();
            long last = first;
            while (last < end && System.nanoTime() < stopAt) {
                Thread.sleep(POLL);
                last = committed(admin, applicationId);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpu = analytics.cpuSeconds() - cpuBefore;
            // A result of a monitor the table does not know is counted and dropped: cheap, so it must not pass for
            // throughput.
            double dropped = Scrape.sum(port, UNKNOWN_MONITOR).orElse(0);
            return new Outcome((last - first) / seconds, last - first, seconds, cpu / seconds,
                    analytics.peakRssBytes(), dropped, recording, Machine.loadAverage(), commitInterval,
                    streamThreads);
        }
    }

    private static long endOffsets(Admin admin, Set<TopicPartition> partitions) throws Exception {
        return admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                .all().get().values().stream().mapToLong(info -> info.offset()).sum();
    }

    private static long committed(Admin admin, String group) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get();
        return offsets.entrySet().stream()
                .filter(entry -> entry.getKey().topic().equals(Topics.PROBE_RESULTS.name()) && entry.getValue() != null)
                .mapToLong(entry -> entry.getValue().offset()).sum();
    }
}

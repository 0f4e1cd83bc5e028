package dev.vigil.bench.analytics;

import dev.vigil.bench.support.Exit;
import dev.vigil.bench.support.Machine;
import dev.vigil.bench.support.Profile;
import dev.vigil.bench.support.Quantiles;
import dev.vigil.bench.support.Results;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.testkit.kafka.KafkaBroker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Issue 9 #3: results per second through one analytics-streams instance (exactly_once_v2, 10,000 monitors,
 * 12 partitions, results pre-produced) next to Kafka's ProducerPerformance and ConsumerPerformance on the same broker
 * in the same run; raw and analytics runs alternate. Every analytics run is profiled with JFR and the profile
 * summarised. Goal: at least 100,000 results/s and at least 40 % of the raw producer rate.
 *
 * <p>Arguments: results pre-produced (default 200000), seconds per analytics run (default 60), then the analytics
 * runs as {@code <commit interval>/<stream threads>} (default {@code 100ms/1}, the service default, and {@code 1s/1}).
 */
public final class AnalyticsThroughputBenchmark {

    static final String NAME = "analytics-throughput";
    private static final int MONITORS = 10_000;
    private static final String RAW_TOPIC = "bench.raw-throughput.v1";
    private static final int RAW_RECORDS = 500_000;
    private static final int TOP = 15;
    private static final double GOAL_RATE = 100_000;
    private static final double GOAL_SHARE = 0.4;

    private AnalyticsThroughputBenchmark() {
    }

    public static void main(String[] args) {
        Exit.after(() -> run(args));
    }

    private static void run(String[] args) throws Exception {
        int results = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        Duration limit = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 60);
        List<String> variants = args.length > 2 ? List.of(args).subList(2, args.length) : List.of("100ms/1", "1s/1");
        Path root = Path.of(System.getProperty("bench.root", "."));
        Path jar = root.resolve("analytics-streams/target/analytics-streams-0.1.0-SNAPSHOT-exec.jar");
        Path work = root.resolve("bench/target/analytics");
        Files.createDirectories(work);

        KafkaBroker broker = KafkaBroker.shared();
        String bootstrap = broker.bootstrapServers();
        broker.createTopics(Topics.MONITORS, Topics.PROBE_RESULTS);
        broker.createTopics(List.of(new NewTopic(RAW_TOPIC, Topics.PROBE_RESULTS.partitions(), (short) 1)));
        Instant firstResult = ResultLoad.firstResultAt(MONITORS, results);
        List<UUID> monitors = ResultLoad.monitors(bootstrap, MONITORS, firstResult.minus(Duration.ofHours(1)));
        int recordSize = ResultLoad.results(bootstrap, monitors, results, firstResult);
        System.out.printf("%d monitors, %d results (%d B each) on %d partitions; load average %s%n", MONITORS,
                results, recordSize, Topics.PROBE_RESULTS.partitions(), Machine.loadAverage());

        List<Double> producerRates = new ArrayList<>();
        List<Double> consumerRates = new ArrayList<>();
        List<Map<String, Object>> runs = new ArrayList<>();
        raw(bootstrap, recordSize, producerRates, consumerRates);
        for (String variant : variants) {
            String commitInterval = variant.split("/")[0];
            int threads = Integer.parseInt(variant.split("/")[1]);
            AnalyticsRun.Outcome outcome = AnalyticsRun.run(jar, work, bootstrap, UUID.randomUUID().toString(),
                    commitInterval, threads, limit);
            System.out.printf("analytics (commit.interval %s, %d stream threads): %d results in %.1f s = %.0f results/s, %.2f cores busy,"
                    + " peak RSS %d MiB, %.0f results of unknown monitors dropped, load %s%n", commitInterval, threads,
                    outcome.committed(), outcome.seconds(), outcome.resultsPerSecond(), outcome.cpuCoresBusy(),
                    outcome.peakRssBytes() >> 20, outcome.unknownMonitorDrops(), outcome.loadAverage());
            runs.add(describe(outcome));
            raw(bootstrap, recordSize, producerRates, consumerRates);
        }

        double producer = Quantiles.median(producerRates.stream().mapToDouble(Double::doubleValue).toArray());
        double consumer = Quantiles.median(consumerRates.stream().mapToDouble(Double::doubleValue).toArray());
        double best = runs.stream().mapToDouble(run -> (double) run.get("resultsPerSecond")).max().orElse(0);
        double first = (double) runs.getFirst().get("resultsPerSecond");
        boolean met = first >= GOAL_RATE && first >= GOAL_SHARE * producer;
        System.out.printf("raw producer median %.0f records/s, raw consumer median %.0f records/s; analytics, first run "
                + "(%s) %.0f results/s = %.2f %% of the producer rate (goal >= 100,000/s and >= 40 %%: %s)%n",
                producer, consumer, variants.getFirst(), first, 100 * first / producer, met ? "MET" : "MISSED");
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("monitors", MONITORS);
        figures.put("results", results);
        figures.put("recordBytes", recordSize);
        figures.put("rawProducerRecordsPerSecond", producerRates);
        figures.put("rawConsumerRecordsPerSecond", consumerRates);
        figures.put("rawProducerMedian", producer);
        figures.put("rawConsumerMedian", consumer);
        figures.put("analyticsRuns", runs);
        figures.put("analyticsFirstRunResultsPerSecond", first);
        figures.put("analyticsBestResultsPerSecond", best);
        figures.put("shareOfRawProducer", first / producer);
        figures.put("goal", ">= 100,000 results/s and >= 40 % of the raw producer rate");
        figures.put("goalMet", met);
        Results.fromSystemProperties().append(NAME, figures, Instant.now());
    }

    private static void raw(String bootstrap, int recordSize, List<Double> producerRates, List<Double> consumerRates)
            throws Exception {
        double produced = KafkaPerformanceTools.producerRecordsPerSecond(bootstrap, RAW_TOPIC, RAW_RECORDS, recordSize);
        double consumed = KafkaPerformanceTools.consumerRecordsPerSecond(bootstrap, RAW_TOPIC, RAW_RECORDS);
        producerRates.add(produced);
        consumerRates.add(consumed);
        System.out.printf("raw: ProducerPerformance %.0f records/s, ConsumerPerformance %.0f records/s (%d B records,"
                + " load %s)%n", produced, consumed, recordSize, Machine.loadAverage());
    }

    private static Map<String, Object> describe(AnalyticsRun.Outcome outcome) throws Exception {
        Profile.Summary profile = Profile.of(outcome.recording(), "StreamThread", TOP);
        System.out.printf("  JFR %s: %d CPU samples%n  hottest methods:%n", outcome.recording(), profile.samples());
        profile.hotMethods().forEach(line -> System.out.println("    " + line));
        System.out.println("  CPU samples by code area: " + profile.samplesByArea());
        System.out.println("  stream thread blocked (ms) by cause:");
        profile.blockedMillisByFrame().forEach((frame, millis) -> System.out.printf("    %8d %s%n", millis, frame));
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("commitInterval", outcome.commitInterval());
        run.put("streamThreads", outcome.streamThreads());
        run.put("resultsPerSecond", outcome.resultsPerSecond());
        run.put("resultsCommitted", outcome.committed());
        run.put("seconds", outcome.seconds());
        run.put("cpuCoresBusy", outcome.cpuCoresBusy());
        run.put("peakRssBytes", outcome.peakRssBytes());
        run.put("unknownMonitorDrops", outcome.unknownMonitorDrops());
        run.put("loadAverage", outcome.loadAverage());
        run.put("jfrSamples", profile.samples());
        run.put("hotMethods", profile.hotMethods());
        run.put("cpuSamplesByArea", profile.samplesByArea());
        run.put("streamThreadBlockedMillis", profile.blockedMillisByFrame());
        return run;
    }
}

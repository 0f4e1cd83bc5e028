package dev.vigil.bench.analytics;

import dev.vigil.analytics.AnalyticsMetrics;
import dev.vigil.analytics.AnalyticsProperties;
import dev.vigil.analytics.StreamsSettings;
import dev.vigil.analytics.incident.HealthStore;
import dev.vigil.analytics.incident.SteadyHealth;
import dev.vigil.analytics.topology.AnalyticsTopology;
import dev.vigil.bench.support.Exit;
import dev.vigil.bench.support.Machine;
import dev.vigil.bench.support.MonitorSnapshots;
import dev.vigil.bench.support.Profile;
import dev.vigil.bench.support.Quantiles;
import dev.vigil.bench.support.Results;
import dev.vigil.contracts.topic.StateDeadLetters;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.testkit.kafka.KafkaBroker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.ToDoubleFunction;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Issue 16: what one result costs analytics-streams at steady state, in the units the goal is stated in. In this JVM,
 * on the shared embedded broker: monitors probed from three regions with a quorum, latency thresholds and a
 * certificate, whose health entries are preloaded with a whole SLA period of history (so state has its production
 * size from the first result); Vigil's topology with the service's defaults and Kafka's own windowed count with
 * exactly-once, run after run, variants alternating. Each run is measured once warm, from its committed input offsets
 * and its stream threads' CPU time alone; the first run of each Vigil variant is profiled with JFR over the same
 * interval. Vigil's variants share one application id and state, so each run continues the previous one's stream.
 *
 * <p>Arguments: monitors (default 20000), runs (default 3), seconds measured per run (default 45), then the variants
 * (default {@code reference vigil}); see {@link CostVariant}.
 */
public final class AnalyticsCostBenchmark {

    static final String NAME = "analytics-cost";
    private static final String REFERENCE_INPUT = "bench.reference-input.v1";
    private static final String REFERENCE_OUTPUT = "bench.reference-output.v1";
    private static final int REFERENCE_RECORDS = 1_200_000;
    private static final long REFERENCE_WARM_UP = 100_000;
    /** Rounds of event time reserved before now, so every round produced lies in the past. */
    private static final int ROUNDS_RESERVED = 40;
    /** The fastest Vigil rate a run is sized for; a faster variant drains its backlog and is measured up to then. */
    private static final int SIZED_FOR_RESULTS_PER_SECOND = 6_000;
    private static final int TOP = 15;
    private static final Duration LEADERS_LIMIT = Duration.ofSeconds(30);
    private static final Duration LEADERS_POLL = Duration.ofMillis(200);
    private static final double GOAL_MICROS = 50;
    private static final double GOAL_RATE = 10_000;
    private static final double GOAL_SHARE = 0.5;

    private AnalyticsCostBenchmark() {
    }

    public static void main(String[] args) {
        Exit.after(() -> run(args));
    }

    private static void run(String[] args) throws Exception {
        int monitors = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Duration limit = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 45);
        List<CostVariant> variants = (args.length > 3 ? List.of(args).subList(3, args.length)
                : List.of(CostVariant.REFERENCE, "vigil")).stream().map(CostVariant::parse).toList();
        Path work = Path.of(System.getProperty("bench.root", ".")).resolve("bench/target/analytics-cost");
        Files.createDirectories(work);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String vigilId = "bench-cost-vigil-" + suffix;
        String stateDir = work.resolve("state-" + suffix).toString();
        AnalyticsProperties defaults = CostVariant.parse("vigil").properties(vigilId, stateDir);

        KafkaBroker broker = KafkaBroker.shared();
        String bootstrap = broker.bootstrapServers();
        broker.createTopics(Topics.MONITORS, Topics.PROBE_RESULTS, Topics.SERVICE_STATS, Topics.ALERTS,
                Topics.MONITOR_STATUS, Topics.PROBE_RESULTS.deadLetter(), StateDeadLetters.MONITOR_HEALTH);
        int partitions = Topics.PROBE_RESULTS.partitions();
        broker.createTopics(List.of(new NewTopic(REFERENCE_INPUT, partitions, (short) 1),
                new NewTopic(REFERENCE_OUTPUT, partitions, (short) 1),
                new NewTopic(vigilId + "-" + HealthStore.NAME + "-changelog", partitions, (short) 1)
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))));
        awaitLeaders(bootstrap);

        Instant firstRound = Instant.now().minusSeconds((long) ROUNDS_RESERVED * MonitorSnapshots.INTERVAL_SECONDS);
        SteadyLoad load = SteadyLoad.publish(bootstrap, monitors, firstRound);
        byte[] entry = SteadyHealth.bytes(firstRound, MonitorSnapshots.INTERVAL_SECONDS, SteadyLoad.REGIONS,
                defaults.sla().periodDays(), defaults.windows().sizes());
        load.preloadHealth(vigilId + "-" + HealthStore.NAME + "-changelog", entry);
        int recordBytes = load.produceRounds(1);
        load.produceReference(REFERENCE_INPUT, REFERENCE_RECORDS, recordBytes);
        long warmUp = load.resultsPerRound() / 4;
        long perRun = warmUp + limit.toSeconds() * SIZED_FOR_RESULTS_PER_SECOND;
        System.out.printf("%d monitors x %d regions, %d B results, preloaded health entry %d B; %d reference records;"
                + " load average %s%n", monitors, SteadyLoad.REGIONS.size(), recordBytes, entry.length,
                REFERENCE_RECORDS, Machine.loadAverage());

        Map<String, List<StreamsRun.Outcome>> outcomes = new LinkedHashMap<>();
        List<Map<String, Object>> described = new ArrayList<>();
        Backlog backlog = new Backlog(bootstrap, vigilId, load);
        for (int run = 1; run <= runs; run++) {
            for (CostVariant variant : variants) {
                StreamsRun.Outcome outcome;
                Map<String, Object> extra = new LinkedHashMap<>();
                if (variant.reference()) {
                    String id = "bench-cost-reference-" + UUID.randomUUID().toString().substring(0, 8);
                    outcome = StreamsRun.run(ReferenceTopology.build(REFERENCE_INPUT, REFERENCE_OUTPUT),
                            ReferenceTopology.settings(bootstrap, id, id, work.resolve("state-" + id).toString()),
                            bootstrap, REFERENCE_INPUT, REFERENCE_WARM_UP, limit, null, streams -> Map.of());
                } else {
                    backlog.atLeast(perRun);
                    AnalyticsProperties properties = variant.properties(vigilId, stateDir);
                    var registry = new SimpleMeterRegistry();
                    Properties settings = StreamsSettings.of(properties, bootstrap);
                    settings.put(StreamsConfig.CLIENT_ID_CONFIG, vigilId + "-" + variant.name());
                    settings.putAll(variant.streamsOverrides());
                    Path recording = run == 1 ? work.resolve(variant.name() + "-" + suffix + ".jfr") : null;
                    outcome = StreamsRun.run(AnalyticsTopology.build(properties, new AnalyticsMetrics(registry)),
                            settings, bootstrap, Topics.PROBE_RESULTS.name(), warmUp, limit, recording,
                            streams -> VigilState.of(streams, properties.windows().sizes(), monitors));
                    extra.put("unknownMonitorDrops", count(registry, "vigil.analytics.results.unknown.monitor"));
                    extra.put("healthEntriesSetAside", count(registry, "vigil.analytics.state.set.aside"));
                    extra.put("deadLettered", count(registry, "vigil.analytics.dead.letters"));
                    if (recording != null) {
                        extra.putAll(profile(recording));
                    }
                }
                outcomes.computeIfAbsent(variant.name(), name -> new ArrayList<>()).add(outcome);
                described.add(describe(run, variant, outcome, extra));
            }
        }
        Results.fromSystemProperties().append(NAME, summary(monitors, recordBytes, entry.length, limit, outcomes,
                described), Instant.now());
    }

    /** Every partition of the broker has its leader, so the loads' first batches are not refused. */
    private static void awaitLeaders(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            long deadline = System.nanoTime() + LEADERS_LIMIT.toNanos();
            while (true) {
                var topics = admin.describeTopics(admin.listTopics().names().get()).allTopicNames().get().values();
                boolean led = topics.stream().flatMap(topic -> topic.partitions().stream())
                        .allMatch(partition -> partition.leader() != null && !partition.leader().isEmpty());
                if (led) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("partitions without a leader after " + LEADERS_LIMIT);
                }
                Thread.sleep(LEADERS_POLL);
            }
        }
    }

    private static double count(SimpleMeterRegistry registry, String name) {
        return registry.find(name).counters().stream().mapToDouble(counter -> counter.count()).sum();
    }

    private static Map<String, Object> profile(Path recording) throws Exception {
        Profile.Summary profile = Profile.ofThreads(recording, "StreamThread", TOP);
        Map<String, Double> shares = StackShares.of(recording, "StreamThread");
        System.out.printf("  JFR %s: %d CPU samples on the stream thread%n  hottest methods:%n", recording,
                profile.samples());
        profile.hotMethods().forEach(line -> System.out.println("    " + line));
        System.out.println("  CPU samples by code area: " + profile.samplesByArea());
        System.out.println("  share of stream-thread samples whose stack contains:");
        shares.forEach((part, share) -> System.out.printf("    %5.1f %% %s%n", 100 * share, part));
        System.out.println("  stream thread blocked (ms) by cause:");
        profile.blockedMillisByFrame().forEach((frame, millis) -> System.out.printf("    %8d %s%n", millis, frame));
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("jfrStreamThreadSamples", profile.samples());
        figures.put("hotMethods", profile.hotMethods());
        figures.put("cpuSamplesByArea", profile.samplesByArea());
        figures.put("stackShares", shares);
        figures.put("streamThreadBlockedMillis", profile.blockedMillisByFrame());
        return figures;
    }

    private static Map<String, Object> describe(int run, CostVariant variant, StreamsRun.Outcome o,
            Map<String, Object> extra) {
        System.out.printf("run %d %s %s: %d records in %.1f s = %.0f records/s; stream threads %.2f CPU s = %.1f µs/record"
                + " = %.0f records per CPU second (process %.2f CPU s); produced %.2f records and %.0f B per record;"
                + " %d rebalances while measured; load %s -> %s%n", run, variant.name(), variant.streamsOverrides(),
                o.records(), o.seconds(), o.recordsPerSecond(),
                o.streamThreadCpuSeconds(), o.streamThreadMicrosPerRecord(), o.recordsPerStreamThreadCpuSecond(),
                o.processCpuSeconds(), (double) o.produced().records() / o.records(),
                (double) o.produced().bytes() / o.records(), o.rebalances(), o.loadAverageBefore(),
                o.loadAverageAfter());
        o.produced().byTopic().forEach((topic, counts) -> System.out.printf("    %-60s %.3f records, %.0f B per record%n",
                topic, (double) counts[0] / o.records(), (double) counts[1] / o.records()));
        if (!o.state().isEmpty()) {
            System.out.println("  state: " + o.state());
        }
        extra.forEach((key, value) -> {
            if (value instanceof Double) {
                System.out.printf("  %s: %s%n", key, value);
            }
        });
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("run", run);
        figures.put("variant", variant.name());
        figures.put("serviceSettings", variant.serviceSettings());
        figures.put("streamsOverrides", variant.streamsOverrides());
        figures.put("records", o.records());
        figures.put("seconds", o.seconds());
        figures.put("recordsPerSecond", o.recordsPerSecond());
        figures.put("streamThreadCpuSeconds", o.streamThreadCpuSeconds());
        figures.put("streamThreadMicrosPerRecord", o.streamThreadMicrosPerRecord());
        figures.put("recordsPerStreamThreadCpuSecond", o.recordsPerStreamThreadCpuSecond());
        figures.put("processCpuSeconds", o.processCpuSeconds());
        figures.put("producedRecordsPerRecord", (double) o.produced().records() / o.records());
        figures.put("producedBytesPerRecord", (double) o.produced().bytes() / o.records());
        Map<String, List<Long>> byTopic = new LinkedHashMap<>();
        o.produced().byTopic().forEach((topic, counts) -> byTopic.put(topic, List.of(counts[0], counts[1])));
        figures.put("producedByTopic", byTopic);
        figures.put("state", o.state());
        figures.put("rebalancesWhileMeasured", o.rebalances());
        figures.put("loadAverageBefore", o.loadAverageBefore());
        figures.put("loadAverageAfter", o.loadAverageAfter());
        figures.putAll(extra);
        return figures;
    }

    private static Map<String, Object> summary(int monitors, int recordBytes, int entryBytes, Duration limit,
            Map<String, List<StreamsRun.Outcome>> outcomes, List<Map<String, Object>> described) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("monitors", monitors);
        figures.put("regions", SteadyLoad.REGIONS.size());
        figures.put("resultBytes", recordBytes);
        figures.put("preloadedHealthEntryBytes", entryBytes);
        figures.put("secondsMeasuredPerRun", limit.toSeconds());
        double reference = median(outcomes.getOrDefault(CostVariant.REFERENCE, List.of()),
                StreamsRun.Outcome::recordsPerSecond);
        Map<String, Object> medians = new LinkedHashMap<>();
        outcomes.forEach((variant, runs) -> {
            double rate = median(runs, StreamsRun.Outcome::recordsPerSecond);
            double micros = median(runs, StreamsRun.Outcome::streamThreadMicrosPerRecord);
            double perCpu = median(runs, StreamsRun.Outcome::recordsPerStreamThreadCpuSecond);
            medians.put(variant, Map.of("recordsPerSecond", rate, "streamThreadMicrosPerRecord", micros,
                    "recordsPerStreamThreadCpuSecond", perCpu, "runs", runs.size()));
            System.out.printf("median of %d runs, %s: %.0f records/s, %.1f µs per record on the stream thread, %.0f"
                    + " records per stream-thread CPU second%s%n", runs.size(), variant, rate, micros, perCpu,
                    variant.equals(CostVariant.REFERENCE) || reference == 0 ? ""
                            : " (%.1f %% of the reference's rate; goals <= %.0f µs, >= %.0f/s, >= %.0f %%: %s)"
                                    .formatted(100 * rate / reference, GOAL_MICROS, GOAL_RATE, 100 * GOAL_SHARE,
                                            micros <= GOAL_MICROS && rate >= GOAL_RATE
                                                    && rate >= GOAL_SHARE * reference ? "MET" : "MISSED"));
        });
        figures.put("medians", medians);
        figures.put("goal", "<= 50 µs per result on the stream thread, >= 10,000 results/s and >= half the reference");
        figures.put("runs", described);
        return figures;
    }

    private static double median(List<StreamsRun.Outcome> runs,
            ToDoubleFunction<StreamsRun.Outcome> figure) {
        return runs.isEmpty() ? 0 : Quantiles.median(runs.stream().mapToDouble(figure).toArray());
    }
}

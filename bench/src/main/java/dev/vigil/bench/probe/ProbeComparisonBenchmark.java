package dev.vigil.bench.probe;

import dev.vigil.bench.support.Exit;
import dev.vigil.bench.support.Machine;
import dev.vigil.bench.support.Nginx;
import dev.vigil.bench.support.Profile;
import dev.vigil.bench.support.Quantiles;
import dev.vigil.bench.support.Results;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.testkit.kafka.KafkaBroker;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Issue 9 #1: probes/s, CPU seconds per 1,000 probes and peak RSS of one probe-service instance and of the Blackbox
 * exporter against the same nginx, at each in-flight level; the two sides alternate within the invocation (the
 * order flips every round) and the medians and their ratio are reported. Goal: Vigil at least 2x the exporter's
 * probes per CPU second.
 *
 * <p>Arguments: rounds (default 3; 0 runs only the profiled run), seconds measured per window (default 10), queued
 * requests (default 150000).
 */
public final class ProbeComparisonBenchmark {

    static final String NAME = "probe-efficiency";
    private static final int[] IN_FLIGHT = {16, 64, 256};
    private static final Duration WARM_UP = Duration.ofSeconds(3);
    private static final double GOAL_RATIO = 2;
    private static final int TOP = 15;

    private ProbeComparisonBenchmark() {
    }

    public static void main(String[] args) {
        Exit.after(() -> run(args));
    }

    private static void run(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Duration measured = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 10);
        int queued = args.length > 2 ? Integer.parseInt(args[2]) : 150_000;
        Path root = Path.of(System.getProperty("bench.root", "."));
        Path jar = root.resolve("probe-service/target/probe-service-0.1.0-SNAPSHOT-exec.jar");
        Path work = root.resolve("bench/target/probe");
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, Object> profiled;
        try (Nginx nginx = Nginx.start(work.resolve("nginx"))) {
            KafkaBroker broker = KafkaBroker.shared();
            broker.createTopics(Topics.PROBE_REQUESTS, Topics.PROBE_RESULTS);
            VigilProber.queue(broker.bootstrapServers(), nginx.url(), queued);
            System.out.printf("%d requests queued for %s; %d rounds of %d s per side and level; load average %s%n",
                    queued, nginx.url(), rounds, measured.toSeconds(), Machine.loadAverage());
            for (int inFlight : rounds > 0 ? IN_FLIGHT : new int[0]) {
                List<Measurement> vigil = new ArrayList<>();
                List<Measurement> exporter = new ArrayList<>();
                for (int round = 0; round < rounds; round++) {
                    boolean vigilFirst = round % 2 == 0;
                    for (int side = 0; side < 2; side++) {
                        Measurement m = (side == 0) == vigilFirst
                                ? VigilProber.measure(jar, work, broker.bootstrapServers(), inFlight, WARM_UP, measured)
                                : BlackboxExporter.measure(work, nginx.url(), inFlight, WARM_UP, measured);
                        (m.side().equals("vigil-probe") ? vigil : exporter).add(m);
                        System.out.println(m);
                    }
                }
                rows.add(row(inFlight, vigil, exporter));
            }
            profiled = profile(jar, work, broker.bootstrapServers(), measured);
        }
        Results.fromSystemProperties().append(NAME, Map.of("rounds", rounds, "measuredSeconds",
                measured.toSeconds(), "queuedRequests", queued, "rows", rows,
                "goal", "Vigil >= 2x the exporter's probes per CPU second", "profiledRun", profiled), Instant.now());
    }

    /** One more Vigil run at the highest level with JFR on, outside the comparison (JFR costs CPU itself). */
    private static Map<String, Object> profile(Path jar, Path work, String bootstrap, Duration measured)
            throws Exception {
        int inFlight = IN_FLIGHT[IN_FLIGHT.length - 1];
        Path recording = work.resolve("probe-service-" + inFlight + ".jfr");
        Measurement m = VigilProber.measure(jar, work, bootstrap, inFlight, WARM_UP, measured,
                List.of("-XX:StartFlightRecording=filename=" + recording + ",settings=profile,dumponexit=true"));
        Profile.Summary profile = Profile.of(recording, "probe", TOP);
        System.out.printf("profiled run (JFR on, not in the medians): %s%n  hottest methods:%n", m);
        profile.hotMethods().forEach(line -> System.out.println("    " + line));
        System.out.println("  CPU samples by code area: " + profile.samplesByArea());
        return Map.of("run", m.toString(), "jfrSamples", profile.samples(), "hotMethods", profile.hotMethods(),
                "cpuSamplesByArea", profile.samplesByArea());
    }

    private static Map<String, Object> row(int inFlight, List<Measurement> vigil, List<Measurement> exporter) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("inFlight", inFlight);
        put(row, "vigil", vigil);
        put(row, "exporter", exporter);
        double ratio = median(vigil, Measurement::probesPerCpuSecond) / median(exporter, Measurement::probesPerCpuSecond);
        row.put("probesPerCpuSecondRatio", ratio);
        row.put("goalMet", ratio >= GOAL_RATIO);
        System.out.printf("%d in flight: medians vigil %.0f probes/s, %.3f CPU s/1,000; exporter %.0f probes/s, %.3f "
                + "CPU s/1,000; probes per CPU second ratio %.2f (goal >= 2: %s)%n", inFlight,
                median(vigil, Measurement::probesPerSecond), median(vigil, Measurement::cpuSecondsPerThousandProbes),
                median(exporter, Measurement::probesPerSecond),
                median(exporter, Measurement::cpuSecondsPerThousandProbes), ratio, ratio >= GOAL_RATIO ? "MET" : "MISSED");
        return row;
    }

    private static void put(Map<String, Object> row, String side, List<Measurement> runs) {
        row.put(side + "ProbesPerSecondMedian", median(runs, Measurement::probesPerSecond));
        row.put(side + "CpuSecondsPerThousandMedian", median(runs, Measurement::cpuSecondsPerThousandProbes));
        row.put(side + "ProbesPerCpuSecondMedian", median(runs, Measurement::probesPerCpuSecond));
        row.put(side + "PeakRssBytesMax", runs.stream().mapToLong(Measurement::peakRssBytes).max().orElse(0));
        row.put(side + "Runs", runs.stream().map(Measurement::toString).toList());
    }

    private static double median(List<Measurement> runs, ToDoubleFunction<Measurement> figure) {
        return Quantiles.median(runs.stream().mapToDouble(figure).toArray());
    }
}

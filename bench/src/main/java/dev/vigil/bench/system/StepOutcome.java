package dev.vigil.bench.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one step (N monitors, one measured run) and the verdict on them: scheduler lateness p99
 * under 1 s, no probe dropped past its deadline, every consumer group's lag bounded, and no service gone.
 */
record StepOutcome(int monitors, double measuredSeconds, double latenessP50, double latenessP99,
        double latenessP999, double latenessMax, double shareLaterThanGoal, double requestsPerSecond,
        double probesPerSecond, double droppedPastDeadline, List<GroupLag> groups, Map<String, Double> coresBusy,
        List<String> failures) {

    static final double LATENESS_P99_GOAL_SECONDS = 1.0;
    private static final double MILLIS = 1_000;

    static StepOutcome of(int monitors, List<Sample> samples) {
        Sample first = samples.getFirst();
        Sample last = samples.getLast();
        double seconds = last.seconds() - first.seconds();
        LatenessHistogram lateness = last.lateness().minus(first.lateness());
        double latenessMax = samples.stream().skip(1).mapToDouble(Sample::latenessMax).max().orElse(0);
        double dropped = last.droppedPastDeadline() - first.droppedPastDeadline();

        Map<String, List<GroupLag.Point>> series = new LinkedHashMap<>();
        for (Sample sample : samples) {
            sample.groups().forEach((group, offsets) -> series.computeIfAbsent(group, name -> new ArrayList<>())
                    .add(new GroupLag.Point(sample.seconds(), offsets.lag(), offsets.end())));
        }
        List<GroupLag> groups = series.entrySet().stream()
                .map(group -> GroupLag.judge(group.getKey(), group.getValue()))
                .sorted((a, b) -> a.group().compareTo(b.group()))
                .toList();

        List<String> failures = new ArrayList<>();
        double p99 = lateness.quantile(0.99);
        if (!(p99 < LATENESS_P99_GOAL_SECONDS)) {
            failures.add("scheduler lateness p99 %.0f ms".formatted(p99 * MILLIS));
        }
        if (dropped > 0) {
            failures.add("%.0f probes dropped past their deadline".formatted(dropped));
        }
        groups.stream().filter(group -> !group.bounded())
                .forEach(group -> failures.add("lag of %s does not return to the head: lowest %d in the second half (max %d)"
                        .formatted(group.group(), group.secondHalfMinLag(), group.maxLag())));
        if (samples.stream().anyMatch(sample -> !sample.servicesAlive())) {
            failures.add("a service process ended during the run");
        }
        return new StepOutcome(monitors, seconds, lateness.quantile(0.5), p99, lateness.quantile(0.999), latenessMax,
                lateness.shareLaterThan(LATENESS_P99_GOAL_SECONDS), (last.requests() - first.requests()) / seconds,
                (last.probes() - first.probes()) / seconds, dropped, groups,
                ProcessCpu.coresBusy(first.cpu(), last.cpu(), seconds), List.copyOf(failures));
    }

    boolean passed() {
        return failures.isEmpty();
    }

    /** The record appended to the results file. */
    Map<String, Object> figures() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("monitors", monitors);
        figures.put("measuredSeconds", round(measuredSeconds));
        figures.put("latenessP50Ms", round(latenessP50 * MILLIS));
        figures.put("latenessP99Ms", round(latenessP99 * MILLIS));
        figures.put("latenessP999Ms", round(latenessP999 * MILLIS));
        figures.put("latenessMaxMs", round(latenessMax * MILLIS));
        figures.put("shareLaterThan1s", shareLaterThanGoal);
        figures.put("requestsPerSecond", round(requestsPerSecond));
        figures.put("probesPerSecond", round(probesPerSecond));
        figures.put("droppedPastDeadline", droppedPastDeadline);
        figures.put("consumerGroups", groups.stream().map(group -> Map.of("group", group.group(),
                "maxLag", group.maxLag(), "lastLag", group.lastLag(), "secondHalfMinLag", group.secondHalfMinLag(),
                "slopePerSecond", round(group.slopePerSecond()),
                "arrivalPerSecond", round(group.arrivalPerSecond()), "bounded", group.bounded())).toList());
        Map<String, Double> cores = new LinkedHashMap<>();
        coresBusy.forEach((name, busy) -> cores.put(name, round(busy)));
        figures.put("coresBusy", cores);
        figures.put("passed", passed());
        figures.put("failures", failures);
        return figures;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}

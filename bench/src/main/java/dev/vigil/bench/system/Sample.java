package dev.vigil.bench.system;

import dev.vigil.bench.system.ConsumerLag.GroupOffsets;
import dev.vigil.bench.system.ProcessCpu.Reading;
import java.util.Map;

/**
 * One reading of the running system during a measured run: the scheduler's and the probe's counters from their
 * Prometheus endpoints, every consumer group's lag and every process's CPU time.
 *
 * @param seconds since the measured run started
 * @param latenessMax the scheduler's decaying maximum lateness, seconds
 * @param requests probe requests the scheduler has emitted since it started
 * @param probes probes the probe service has run since it started
 * @param droppedPastDeadline requests the probe service dropped because their deadline had passed, since it started
 * @param servicesAlive whether every service process was still running
 */
record Sample(double seconds, LatenessHistogram lateness, double latenessMax, double requests, double probes,
        double droppedPastDeadline, Map<String, GroupOffsets> groups, Map<Long, Reading> cpu, boolean servicesAlive) {

    static final String LATENESS_MAX = "vigil_scheduler_lateness_seconds_max";
    static final String REQUESTS = "vigil_scheduler_requests_total";
    static final String OWNED = "vigil_scheduler_monitors_owned";
    static final String PROBES = "vigil_probe_probes_total";
    static final String DROPPED = "vigil_probe_requests_dropped_total";
    static final String PAST_DEADLINE = "reason=\"past_deadline\"";

    static Sample of(double seconds, String scheduler, String probe, Map<String, GroupOffsets> groups,
            Map<Long, Reading> cpu, boolean servicesAlive) {
        return new Sample(seconds, LatenessHistogram.parse(scheduler), Exposition.max(scheduler, LATENESS_MAX),
                Exposition.sum(scheduler, REQUESTS, ""), Exposition.sum(probe, PROBES, ""),
                Exposition.sum(probe, DROPPED, PAST_DEADLINE), Map.copyOf(groups), Map.copyOf(cpu), servicesAlive);
    }
}

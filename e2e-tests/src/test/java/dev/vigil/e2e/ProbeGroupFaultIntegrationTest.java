package dev.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.alert.AlertType;
import dev.vigil.contracts.probe.ProbeRequest;
import dev.vigil.contracts.probe.ProbeResult;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.testkit.stack.ServiceProcess;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fault case 7: one of two probe-service instances of one group SIGKILLed while its monitors are probed every second.
 * The dead member holds its partitions until its session times out, and the rounds scheduled meanwhile on them pass
 * their deadline: that gap is bounded by {@code vigil.probe.intake.session-timeout} (10 s) plus the rebalance. The
 * missed rounds must never read as the target being down, and a round probed by both instances counts once.
 */
class ProbeGroupFaultIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(ProbeGroupFaultIntegrationTest.class);
    /** Enough monitors that, across twelve partitions, some almost surely belong to the killed instance. */
    private static final int MONITORS = 8;
    private static final Duration STEADY = Duration.ofSeconds(10);
    private static final Duration WATCHED = Duration.ofSeconds(45);
    private static final Duration SESSION_TIMEOUT = Duration.ofSeconds(10);
    /** The session timeout, a rebalance of a two-member group, and the round in flight at the kill. */
    private static final Duration GAP_BOUND = SESSION_TIMEOUT.plusSeconds(6);

    @Test
    void aKilledProberLeavesAGapBoundedByTheSessionTimeoutAndNeverReportsTheTargetDown() {
        FaultSystem system = FaultSystem.shared();
        try (FaultCase fault = FaultCase.create(system, "probe-group", MONITORS)) {
            FaultCase.sleep(STEADY);
            ServiceProcess victim = system.instances(FaultSystem.PROBE).getLast();
            Instant killed = Instant.now();
            victim.kill();
            FaultCase.sleep(WATCHED);
            Instant watchedUntil = Instant.now();
            system.restart(victim);

            Set<UUID> monitors = fault.monitors();
            Map<UUID, TreeSet<Instant>> scheduled = system.stack().kafka().readCommitted(Topics.PROBE_REQUESTS)
                    .stream().map(ConsumerRecord::value).filter(Objects::nonNull)
                    .filter(request -> monitors.contains(request.monitorId()))
                    .filter(request -> inside(request.scheduledAt(), killed.minus(STEADY), watchedUntil))
                    .collect(Collectors.groupingBy(ProbeRequest::monitorId,
                            Collectors.mapping(ProbeRequest::scheduledAt, Collectors.toCollection(TreeSet::new))));
            List<ProbeResult> results = system.stack().kafka().readCommitted(Topics.PROBE_RESULTS).stream()
                    .map(ConsumerRecord::value).filter(Objects::nonNull)
                    .filter(result -> monitors.contains(result.monitorId())).toList();
            Map<UUID, Set<Instant>> probed = results.stream().collect(Collectors.groupingBy(ProbeResult::monitorId,
                    Collectors.mapping(ProbeResult::scheduledAt, Collectors.toSet())));
            List<Duration> gaps = new ArrayList<>();
            int missed = 0;
            for (Map.Entry<UUID, TreeSet<Instant>> monitor : scheduled.entrySet()) {
                Set<Instant> done = probed.getOrDefault(monitor.getKey(), Set.of());
                missed += (int) monitor.getValue().stream().filter(at -> !done.contains(at)).count();
                gaps.add(longestMissedRun(monitor.getValue(), done, watchedUntil));
            }
            Duration longestGap = gaps.stream().max(Duration::compareTo).orElse(Duration.ZERO);
            long probedTwice = results.size() - results.stream()
                    .map(result -> result.monitorId() + "@" + result.scheduledAt()).distinct().count();
            List<Alert> downAlerts = system.stack().kafka().readCommitted(Topics.ALERTS).stream()
                    .map(ConsumerRecord::value).filter(Objects::nonNull)
                    .filter(alert -> monitors.contains(alert.monitorId()))
                    .filter(alert -> alert.type() == AlertType.FAILURE_STREAK).toList();
            log.atInfo().addKeyValue("longestGap", longestGap).addKeyValue("missedRounds", missed)
                    .addKeyValue("probedTwice", probedTwice).addKeyValue("monitorsWithAGap",
                            gaps.stream().filter(gap -> !gap.isZero()).count())
                    .log("probe group fault measured");

            assertThat(longestGap).as("longest run of missed rounds of one monitor").isLessThanOrEqualTo(GAP_BOUND);
            assertThat(results).as("results of healthy targets").allMatch(ProbeResult::up);
            assertThat(downAlerts).as("failure_streak alerts of healthy targets").isEmpty();
        }
    }

    private static boolean inside(Instant at, Instant from, Instant until) {
        return !at.isBefore(from) && at.isBefore(until);
    }

    /** From the first missed round of the longest run to the next probed one, or to {@code until} if none was. */
    private static Duration longestMissedRun(TreeSet<Instant> scheduled, Set<Instant> probed, Instant until) {
        Duration longest = Duration.ZERO;
        Instant runStart = null;
        for (Instant at : scheduled) {
            if (!probed.contains(at)) {
                runStart = runStart == null ? at : runStart;
            } else if (runStart != null) {
                Duration run = Duration.between(runStart, at);
                longest = run.compareTo(longest) > 0 ? run : longest;
                runStart = null;
            }
        }
        Duration unfinished = runStart == null ? Duration.ZERO : Duration.between(runStart, until);
        return unfinished.compareTo(longest) > 0 ? unfinished : longest;
    }
}

package dev.vigil.bench.system;

import dev.vigil.bench.support.Machine;
import dev.vigil.bench.support.Scrape;
import dev.vigil.testkit.stack.ServiceProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads the running system at a fixed pace for a bounded time and prints a line per reading, so a run can be
 * followed (and a failing step seen coming) while it happens.
 */
final class Sampler {

    private static final int LAGS_PRINTED = 3;

    private final int schedulerPort;
    private final int probePort;
    private final ConsumerLag lag;
    private final ProcessCpu cpu;
    private final List<ServiceProcess> services;

    Sampler(int schedulerPort, int probePort, ConsumerLag lag, ProcessCpu cpu, List<ServiceProcess> services) {
        this.schedulerPort = schedulerPort;
        this.probePort = probePort;
        this.lag = lag;
        this.cpu = cpu;
        this.services = services;
    }

    /** Monitors the scheduler holds in its schedule now, or -1 while it does not answer. */
    double monitorsScheduled() {
        return Scrape.sum(schedulerPort, Sample.OWNED).orElse(-1);
    }

    boolean servicesAlive() {
        return services.stream().allMatch(ServiceProcess::isAlive);
    }

    /** Readings every {@code every} for {@code length}; a reading whose scrape failed is left out (and printed). */
    List<Sample> run(Duration length, Duration every) throws Exception {
        List<Sample> samples = new ArrayList<>();
        long start = System.nanoTime();
        long end = start + length.toNanos();
        for (long next = start; next <= end; next += every.toNanos()) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(Duration.ofNanos(wait));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Optional<String> scheduler = Scrape.text(schedulerPort);
            Optional<String> probe = Scrape.text(probePort);
            if (scheduler.isEmpty() || probe.isEmpty()) {
                System.out.printf("  %5.0f s  metrics unreadable (scheduler %s, probe %s)%n", seconds,
                        scheduler.isPresent() ? "ok" : "down", probe.isPresent() ? "ok" : "down");
                continue;
            }
            Sample sample = Sample.of(seconds, scheduler.get(), probe.get(), lag.sample(), cpu.read(),
                    servicesAlive());
            print(sample, samples.isEmpty() ? null : samples.getLast());
            samples.add(sample);
        }
        return samples;
    }

    private static void print(Sample sample, @Nullable Sample previous) {
        String rates = "";
        if (previous != null) {
            double seconds = sample.seconds() - previous.seconds();
            rates = "requests %.0f/s, probes %.0f/s, lateness p99 %.0f ms, ".formatted(
                    (sample.requests() - previous.requests()) / seconds, (sample.probes() - previous.probes()) / seconds,
                    sample.lateness().minus(previous.lateness()).quantile(0.99) * 1_000);
        }
        String lags = sample.groups().entrySet().stream()
                .sorted(Comparator.comparingLong(group -> -group.getValue().lag()))
                .limit(LAGS_PRINTED)
                .map(group -> group.getKey() + "=" + group.getValue().lag())
                .collect(Collectors.joining(", "));
        System.out.printf("  %5.0f s  %sdropped %.0f, top lags [%s], load %s%n", sample.seconds(), rates,
                sample.droppedPastDeadline(), lags, Machine.loadAverage());
    }
}

package dev.vigil.probe.intake;

import dev.vigil.contracts.monitor.CheckKind;
import dev.vigil.probe.check.ProbeOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.function.IntSupplier;

/** The meters of the probe pipeline, named and tagged in one place. */
final class ProbeMetrics {

    static final String PROBES = "vigil.probe.probes";
    static final String DURATION = "vigil.probe.duration";
    static final String IN_FLIGHT = "vigil.probe.in.flight";
    static final String DROPPED = "vigil.probe.requests.dropped";
    static final String DEAD_LETTERED = "vigil.probe.requests.dead.lettered";
    static final String RESULTS_DEAD_LETTERED = "vigil.probe.results.dead.lettered";
    static final String DEAD_LETTERS_REFUSED = "vigil.probe.dead.letters.refused";

    private final MeterRegistry registry;
    private final Counter pastDeadline;
    private final Counter otherRegion;
    private final Counter deadLettered;
    private final Counter resultsDeadLettered;
    private final Counter deadLettersRefused;

    ProbeMetrics(MeterRegistry registry, IntSupplier inFlight) {
        this.registry = registry;
        Gauge.builder(IN_FLIGHT, inFlight::getAsInt).description("Probes running now").register(registry);
        this.pastDeadline = dropped("past_deadline");
        this.otherRegion = dropped("other_region");
        this.deadLettered = Counter.builder(DEAD_LETTERED)
                .description("Probe requests that could not be read, sent to the dead-letter topic")
                .register(registry);
        // Registered up front so the alert rules see a zero, not a missing series, before the first one.
        this.resultsDeadLettered = Counter.builder(RESULTS_DEAD_LETTERED)
                .description("Probe results Kafka refused for good (too large, not authorised), "
                        + "sent to the dead-letter topic")
                .register(registry);
        this.deadLettersRefused = Counter.builder(DEAD_LETTERS_REFUSED)
                .description("Dead letters Kafka refused even without their value; only the log names those records")
                .register(registry);
    }

    void probed(CheckKind kind, ProbeOutcome outcome, Duration took) {
        String kindTag = kind.name().toLowerCase(Locale.ROOT);
        Counter.builder(PROBES).description("Probes run, by check kind and outcome (up or the error kind)")
                .tag("kind", kindTag).tag("outcome", outcome.tag())
                .register(registry).increment();
        Timer.builder(DURATION).description("Wall time of probes, by check kind and outcome")
                .tag("kind", kindTag).tag("outcome", outcome.tag())
                .register(registry).record(took);
    }

    void droppedPastDeadline() {
        pastDeadline.increment();
    }

    void droppedOtherRegion() {
        otherRegion.increment();
    }

    void deadLettered() {
        deadLettered.increment();
    }

    void resultDeadLettered() {
        resultsDeadLettered.increment();
    }

    void deadLetterRefused() {
        deadLettersRefused.increment();
    }

    private Counter dropped(String reason) {
        return Counter.builder(DROPPED)
                .description("Probe requests not run: past their deadline, or meant for another region")
                .tag("reason", reason)
                .register(registry);
    }
}

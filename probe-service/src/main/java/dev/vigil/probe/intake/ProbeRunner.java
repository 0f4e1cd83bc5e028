package dev.vigil.probe.intake;

import dev.vigil.contracts.probe.ProbeRequest;
import dev.vigil.contracts.probe.ProbeResult;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.probe.check.ProbeOutcome;
import dev.vigil.probe.check.Prober;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Runs one accepted request (on a probe thread) and publishes its result, completing once Kafka has it or, when Kafka
 * refused it for good, once it is set aside on the dead-letter topic.
 */
final class ProbeRunner {

    private final Prober prober;
    private final AcknowledgedSender<UUID, ProbeResult> results;
    private final DeadLetters deadLetters;
    private final ProbeMetrics metrics;
    private final Clock clock;
    private final String region;
    private final String proberName;

    ProbeRunner(Prober prober, AcknowledgedSender<UUID, ProbeResult> results, DeadLetters deadLetters,
            ProbeMetrics metrics, Clock clock, String region, String proberName) {
        this.prober = prober;
        this.results = results;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.clock = clock;
        this.region = region;
        this.proberName = proberName;
    }

    CompletableFuture<Void> run(PendingProbe pending) {
        ProbeRequest request = pending.request();
        Instant startedAt = clock.instant();
        long start = System.nanoTime();
        ProbeOutcome outcome = prober.probe(request.check());
        metrics.probed(request.check().kind(), outcome, Duration.ofNanos(System.nanoTime() - start));
        ProbeResult result = new ProbeResult(request.monitorId(), request.tenant(), request.monitorVersion(), region,
                proberName, request.scheduledAt(), startedAt, outcome.up(), outcome.statusCode(),
                outcome.errorKind(), outcome.timings(), outcome.certificate(), outcome.failedAssertions(),
                outcome.message());
        return results.send(new ProducerRecord<>(Topics.PROBE_RESULTS.name(), request.monitorId(), result))
                .exceptionallyCompose(failure -> {
                    Throwable cause = failure instanceof CompletionException wrapped ? wrapped.getCause() : failure;
                    return cause instanceof RecordRefusedException refused
                            ? deadLetters.send(pending, result, refused) : CompletableFuture.failedFuture(failure);
                });
    }
}

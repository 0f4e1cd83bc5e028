package dev.vigil.probe.intake;

import dev.vigil.contracts.probe.ProbeRequest;
import dev.vigil.contracts.topic.Topics;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The one thread that owns the Kafka consumer. It never waits on a target: accepted requests go to probe slots, and
 * when every slot is busy the rest wait in a backlog while the consumer's partitions are paused, so polling (and
 * group membership) goes on without reading more. Offsets are committed up to the first request whose result Kafka
 * has not acknowledged yet.
 */
final class IntakeLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IntakeLoop.class);
    private static final Duration JOIN_MARGIN = Duration.ofSeconds(5);

    private final Supplier<Consumer<byte[], byte[]>> consumers;
    private final RequestReader reader;
    private final ProbeSlots slots;
    private final ProbeRunner runner;
    private final DeadLetters deadLetters;
    private final ProbeMetrics metrics;
    private final Clock clock;
    private final String region;
    private final Duration pollTimeout;
    private final Duration shutdownGrace;
    private final OffsetLedger ledger = new OffsetLedger();
    private final Backlog backlog = new Backlog();
    private final AtomicInteger unacknowledged = new AtomicInteger();
    private volatile boolean running;
    private volatile @Nullable RuntimeException crash;
    private @Nullable Thread thread;

    IntakeLoop(Supplier<Consumer<byte[], byte[]>> consumers, RequestReader reader, ProbeSlots slots,
            ProbeRunner runner, DeadLetters deadLetters, ProbeMetrics metrics, Clock clock, String region,
            Duration pollTimeout, Duration shutdownGrace) {
        this.consumers = consumers;
        this.reader = reader;
        this.slots = slots;
        this.runner = runner;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.clock = clock;
        this.region = region;
        this.pollTimeout = pollTimeout;
        this.shutdownGrace = shutdownGrace;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().name("probe-intake").start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        Thread intake = thread;
        if (intake != null) {
            try {
                intake.join(shutdownGrace.plus(JOIN_MARGIN));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** What stopped the loop while the service was meant to run; the liveness probe reports it. */
    Optional<RuntimeException> crash() {
        return Optional.ofNullable(crash);
    }

    private void run() {
        try (Consumer<byte[], byte[]> consumer = consumers.get()) {
            consumer.subscribe(List.of(Topics.PROBE_REQUESTS.name()),
                    new PartitionRebalance(consumer, ledger, backlog));
            log.atInfo().addKeyValue("region", region).log("probe intake started");
            while (running) {
                cycle(consumer);
            }
            drain(consumer);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException unexpected) {
            log.atError().setCause(unexpected).log("probe intake stopped by an unexpected error");
            crash = unexpected;
            running = false;
        }
        log.atInfo().log("probe intake stopped");
    }

    private void cycle(Consumer<byte[], byte[]> consumer) throws InterruptedException {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(backlog.isEmpty() ? pollTimeout : Duration.ZERO)) {
            admit(record);
        }
        startProbes();
        backlog.applyPause(consumer);
        commit(consumer);
    }

    private void admit(ConsumerRecord<byte[], byte[]> record) {
        var partition = new TopicPartition(record.topic(), record.partition());
        PartitionLedger partitionLedger = ledger.track(partition, record.offset());
        ProbeRequest request;
        try {
            request = reader.read(record);
        } catch (RuntimeException unreadable) {
            unacknowledged.incrementAndGet();
            deadLetters.send(record, unreadable).whenComplete((sent, failure) -> settle(failure == null,
                    () -> partitionLedger.finish(record.offset())));
            return;
        }
        if (!request.region().equals(region)) {
            metrics.droppedOtherRegion();
            partitionLedger.finish(record.offset());
            return;
        }
        backlog.add(new PendingProbe(partition, record.offset(), partitionLedger, request));
    }

    /** Starts waiting requests while slots are free, waiting at most one poll timeout for a slot to free up. */
    private void startProbes() throws InterruptedException {
        long until = System.nanoTime() + pollTimeout.toNanos();
        for (PendingProbe next = backlog.next(); next != null; next = backlog.next()) {
            if (!clock.instant().isBefore(next.request().deadline())) {
                backlog.removeNext();
                dropLate(next);
                continue;
            }
            if (!slots.tryAcquire(Duration.ofNanos(Math.max(0, until - System.nanoTime())))) {
                return;
            }
            backlog.removeNext();
            unacknowledged.incrementAndGet();
            PendingProbe started = next;
            slots.run(() -> probe(started));
        }
    }

    private void probe(PendingProbe pending) {
        try {
            runner.run(pending).whenComplete((sent, failure) -> settle(failure == null, pending::finish));
        } catch (RuntimeException bug) {
            log.atError().setCause(bug).addKeyValue("monitorId", pending.request().monitorId())
                    .log("probe request could not be run; skipped");
            settle(true, pending::finish);
        }
    }

    private void settle(boolean acknowledged, Runnable finish) {
        if (acknowledged) {
            finish.run();
        }
        unacknowledged.decrementAndGet();
    }

    private void dropLate(PendingProbe late) {
        metrics.droppedPastDeadline();
        log.atInfo().addKeyValue("monitorId", late.request().monitorId())
                .addKeyValue("deadline", late.request().deadline()).log("probe request dropped past its deadline");
        late.finish();
    }

    private void commit(Consumer<byte[], byte[]> consumer) {
        Map<TopicPartition, OffsetAndMetadata> offsets = ledger.committable();
        if (!offsets.isEmpty()) {
            consumer.commitAsync(offsets, (committed, failure) -> {
                if (failure != null) {
                    log.atWarn().addKeyValue("error", failure.toString()).log("offset commit failed; will retry");
                    ledger.commitFailed(offsets);
                }
            });
        }
    }

    /**
     * Lets running probes finish and their results land, then commits; requests not started yet are left to the next
     * owner of their partition.
     */
    private void drain(Consumer<byte[], byte[]> consumer) {
        backlog.clear();
        consumer.pause(consumer.assignment());
        long until = System.nanoTime() + shutdownGrace.toNanos();
        while (unacknowledged.get() > 0 && System.nanoTime() < until) {
            consumer.poll(pollTimeout);
        }
        PartitionRebalance.commitNow(consumer, ledger.committable());
    }

}

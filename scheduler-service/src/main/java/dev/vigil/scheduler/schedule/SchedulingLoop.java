package dev.vigil.scheduler.schedule;

import dev.vigil.contracts.probe.ProbeRequest;
import dev.vigil.scheduler.SchedulerProperties;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The one platform thread that owns the schedule: it applies changes from the monitors feed, fires what is due and
 * sleeps until the next fire time or the tick resolution, whichever comes first. One thread for all monitors keeps
 * the schedule lock-free and the cost independent of the number of monitors.
 */
@Component
public final class SchedulingLoop implements SmartLifecycle {

    /** Starts before the feed that fills it and stops after it, so a revocation is always acknowledged. */
    public static final int PHASE = 0;

    private static final Logger log = LoggerFactory.getLogger(SchedulingLoop.class);

    private final Schedule schedule;
    private final ProbeRequests requests;
    private final ProbeRequestSink sink;
    private final ScheduleMetrics metrics;
    private final Clock clock;
    private final long tickNanos;
    private final Queue<ScheduleChange> changes = new ConcurrentLinkedQueue<>();
    private volatile boolean running;
    private @Nullable Thread thread;

    @Autowired
    public SchedulingLoop(SchedulerProperties properties, ProbeRequestSink sink, MeterRegistry registry, Clock clock) {
        this(new Schedule(),
                new ProbeRequests(properties.schedule().maxDeadline()),
                sink, new ScheduleMetrics(registry), clock, properties.schedule().tickResolution());
    }

    SchedulingLoop(Schedule schedule, ProbeRequests requests, ProbeRequestSink sink, ScheduleMetrics metrics,
            Clock clock, Duration tickResolution) {
        if (!tickResolution.isPositive()) {
            throw new IllegalArgumentException("tickResolution must be positive, was " + tickResolution);
        }
        this.schedule = schedule;
        this.requests = requests;
        this.sink = sink;
        this.metrics = metrics;
        this.clock = clock;
        this.tickNanos = tickResolution.toNanos();
    }

    /** Safe from any thread; applied at the start of the next tick. */
    public void submit(ScheduleChange change) {
        changes.add(change);
        if (!running) {
            releaseRevocations();
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = Thread.ofPlatform().name("scheduler").start(this::run);
    }

    @Override
    public synchronized void stop() {
        running = false;
        Thread stopping = thread;
        if (stopping != null) {
            LockSupport.unpark(stopping);
            try {
                stopping.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        releaseRevocations();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    private void run() {
        while (running) {
            try {
                tick();
            } catch (RuntimeException e) {
                log.atError().setCause(e).log("scheduler tick failed; continuing with the next tick");
                LockSupport.parkNanos(tickNanos);
            }
        }
    }

    private void tick() {
        long now = clock.millis();
        applyChanges(now);
        schedule.fireDue(now, this::fire);
        long untilDue = schedule.nextFireAt().orElse(Long.MAX_VALUE) - clock.millis();
        long sleepNanos = Math.min(tickNanos, TimeUnit.MILLISECONDS.toNanos(Math.max(untilDue, 0)));
        if (sleepNanos > 0) {
            LockSupport.parkNanos(sleepNanos);
        }
    }

    private void applyChanges(long now) {
        boolean changed = false;
        for (ScheduleChange change = changes.poll(); change != null; change = changes.poll()) {
            apply(change, now);
            changed = true;
        }
        if (changed) {
            metrics.owned(schedule.size(), schedule.loadedPartitions());
        }
    }

    private void apply(ScheduleChange change, long now) {
        switch (change) {
            case ScheduleChange.PartitionLoaded loaded -> schedule.load(loaded.partition(), loaded.monitors(), loaded.deleted(), now);
            case ScheduleChange.MonitorChanged changed -> schedule.put(changed.partition(), changed.monitor(), now);
            case ScheduleChange.MonitorDeleted deleted -> schedule.remove(deleted.partition(), deleted.monitorId());
            case ScheduleChange.PartitionsRevoked revoked -> {
                revoked.partitions().forEach(schedule::forget);
                revoked.forgotten().complete(null);
            }
        }
    }

    private void fire(MonitorPlan plan, long scheduledAt) {
        for (ProbeRequest request : requests.forTick(plan, scheduledAt)) {
            sink.send(request);
            metrics.late(Duration.between(request.scheduledAt(), clock.instant()));
        }
    }

    /** Once stopped nothing fires any more, so a revocation needs no further wait. */
    private void releaseRevocations() {
        changes.removeIf(change -> {
            if (change instanceof ScheduleChange.PartitionsRevoked revoked) {
                revoked.forgotten().complete(null);
                return true;
            }
            return false;
        });
    }
}

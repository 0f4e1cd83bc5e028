package dev.vigil.registry.cdc;

import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.RecordChangeEvent;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.connect.source.SourceRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the engine exactly while this replica holds leadership: one thread tries or re-checks the lock on every tick,
 * starts the engine after the slot check, restarts it after a failure, and stops it when leadership is lost.
 */
final class CdcSupervisor implements SmartLifecycle, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CdcSupervisor.class);

    private final CdcProperties properties;
    private final AdvisoryLockLeadership leadership;
    private final ReplicationSlotGuard slotGuard;
    private final EngineFactory engines;
    private final Consumer<CdcStatus> statusListener;
    private final Clock clock;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("cdc-supervisor").daemon().factory());

    private volatile CdcStatus status = CdcStatus.standby();
    private volatile boolean engineStopped = true;
    private volatile Instant nextStart = Instant.MIN;
    private volatile boolean leading;
    private volatile boolean running;
    private @Nullable DebeziumEngine<RecordChangeEvent<SourceRecord>> engine;

    CdcSupervisor(CdcProperties properties, AdvisoryLockLeadership leadership, ReplicationSlotGuard slotGuard,
            EngineFactory engines, Consumer<CdcStatus> statusListener, Clock clock) {
        this.properties = properties;
        this.leadership = leadership;
        this.slotGuard = slotGuard;
        this.engines = engines;
        this.statusListener = statusListener;
        this.clock = clock;
    }

    @Override
    public void start() {
        running = true;
        long period = properties.leadershipCheckInterval().toMillis();
        ticker.scheduleWithFixedDelay(this::tick, 0, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        close();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    CdcStatus status() {
        return status;
    }

    private synchronized void tick() {
        try {
            if (!leading) {
                leading = leadership.tryAcquire();
                if (leading) {
                    log.atInfo().addKeyValue("slot", properties.slotName()).log("cdc leadership acquired");
                    startEngine();
                }
            } else if (!leadership.isHeld()) {
                leading = false;
                log.atWarn().addKeyValue("slot", properties.slotName()).log("cdc leadership lost");
                stopEngine();
                changeStatus(CdcStatus.standby());
            } else if (engineStopped && status.phase() != CdcStatus.Phase.SLOT_LOST
                    && !clock.instant().isBefore(nextStart)) {
                startEngine();
            }
        } catch (Exception e) {
            log.atWarn().setCause(e).log("cdc supervision step failed; retrying on the next tick");
        }
    }

    private void startEngine() {
        try {
            slotGuard.prepare();
        } catch (SlotLostException e) {
            log.atError().addKeyValue("slot", properties.slotName()).addKeyValue("reason", e.getMessage())
                    .log("cdc stopped: replication slot lost changes");
            changeStatus(new CdcStatus(CdcStatus.Phase.SLOT_LOST, e.getMessage()));
            return;
        }
        var started = engines.create(this::onEngineStopped);
        engine = started;
        engineStopped = false;
        Thread.ofPlatform().name("cdc-engine").daemon().start(started);
        changeStatus(CdcStatus.streaming());
    }

    private void onEngineStopped(boolean success, String message, @Nullable Throwable error) {
        engineStopped = true;
        if (!leading || success) {
            return;
        }
        nextStart = clock.instant().plus(properties.restartBackoff());
        log.atWarn().setCause(error).addKeyValue("reason", message).addKeyValue("restartAt", nextStart)
                .log("cdc engine failed");
        changeStatus(new CdcStatus(CdcStatus.Phase.RESTARTING, message));
    }

    private void stopEngine() {
        var running = engine;
        engine = null;
        if (running == null) {
            return;
        }
        if (engineStopped) {
            return;
        }
        try {
            running.close();
        } catch (IOException | IllegalStateException e) {
            log.atWarn().setCause(e).log("cdc engine did not stop cleanly");
        }
    }

    private void changeStatus(CdcStatus next) {
        if (!next.equals(status)) {
            status = next;
            log.atInfo().addKeyValue("phase", next.phase()).addKeyValue("reason", next.reason())
                    .log("cdc status changed");
            statusListener.accept(next);
        }
    }

    /** Stops the engine, then releases leadership so another replica takes over at once. */
    @Override
    public void close() {
        running = false;
        ticker.shutdownNow();
        synchronized (this) {
            leading = false;
            stopEngine();
            leadership.close();
            status = CdcStatus.standby();
        }
    }
}

package dev.vigil.registry.readmodel;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Runs the retention purge on its interval. Every replica may run it: the batches skip rows another purge has
 * locked, so concurrent purges share the work instead of waiting on each other.
 */
@Component
class RetentionSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);

    private final RetentionPurge purge;
    private final ReadModelProperties properties;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("read-model-retention").daemon().factory());
    private volatile boolean running;

    RetentionSchedule(RetentionPurge purge, ReadModelProperties properties) {
        this.purge = purge;
        this.properties = properties;
    }

    @Override
    public void start() {
        long interval = properties.retentionInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::purgeQuietly, interval, interval, TimeUnit.MILLISECONDS);
        running = true;
    }

    private void purgeQuietly() {
        try {
            purge.purge();
        } catch (DataAccessException e) {
            log.atWarn().setCause(e).log("history purge failed; retrying on the next interval");
        }
    }

    @Override
    public void stop() {
        scheduler.shutdownNow();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}

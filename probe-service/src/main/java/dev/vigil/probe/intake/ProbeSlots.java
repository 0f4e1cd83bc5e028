package dev.vigil.probe.intake;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * At most {@code maxInFlight} probes at once, each on its own virtual thread: a probe mostly waits on the network, so
 * a thread per probe is cheap, and the limit (not a thread pool) is what bounds load on the prober and on targets.
 */
final class ProbeSlots implements AutoCloseable {

    private final int capacity;
    private final Semaphore free;
    private final ExecutorService threads = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("probe-", 0).factory());

    ProbeSlots(int capacity) {
        this.capacity = capacity;
        this.free = new Semaphore(capacity);
    }

    /** Waits at most {@code wait} for a free slot; the caller then must {@link #run} exactly once. */
    boolean tryAcquire(Duration wait) throws InterruptedException {
        return free.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Runs the probe in an acquired slot and frees the slot when it ends. */
    void run(Runnable probe) {
        threads.execute(() -> {
            try {
                probe.run();
            } finally {
                free.release();
            }
        });
    }

    int inFlight() {
        return capacity - free.availablePermits();
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}

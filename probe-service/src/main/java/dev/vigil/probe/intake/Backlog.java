package dev.vigil.probe.intake;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Requests read but waiting for a free probe slot. While any wait, the consumer's partitions stay paused, so the
 * backlog never grows beyond one poll and polling goes on without fetching. Used by the intake thread only.
 */
final class Backlog {

    private static final Logger log = LoggerFactory.getLogger(Backlog.class);

    private final Deque<PendingProbe> waiting = new ArrayDeque<>();
    private boolean paused;

    void add(PendingProbe pending) {
        waiting.addLast(pending);
    }

    @Nullable PendingProbe next() {
        return waiting.peekFirst();
    }

    void removeNext() {
        waiting.removeFirst();
    }

    /** Requests of partitions that moved away are the new owner's to run. */
    void forget(Collection<TopicPartition> partitions) {
        waiting.removeIf(pending -> partitions.contains(pending.partition()));
    }

    void clear() {
        waiting.clear();
    }

    boolean isEmpty() {
        return waiting.isEmpty();
    }

    /** Pauses every assigned partition while requests wait, resumes them once none do. */
    void applyPause(Consumer<?, ?> consumer) {
        if (!waiting.isEmpty()) {
            consumer.pause(consumer.assignment());
            if (!paused) {
                paused = true;
                log.atDebug().addKeyValue("waiting", waiting.size()).log("intake paused: every probe slot busy");
            }
        } else if (paused) {
            consumer.resume(consumer.paused());
            paused = false;
            log.atDebug().log("intake resumed");
        }
    }

    /** Newly assigned partitions join the pause, so a rebalance does not bypass it. */
    void pauseAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> assigned) {
        if (paused) {
            consumer.pause(assigned);
        }
    }
}

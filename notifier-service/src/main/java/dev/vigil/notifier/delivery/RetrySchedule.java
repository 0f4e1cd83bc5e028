package dev.vigil.notifier.delivery;

import dev.vigil.notifier.NotifierProperties;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

/**
 * The configured waits between attempts, one retry topic each: read by Spring Kafka to build the retry topics and by
 * the delivery flow to say when the next attempt is due.
 */
@Component
class RetrySchedule {

    private final List<Duration> delays;

    RetrySchedule(NotifierProperties properties) {
        this.delays = List.copyOf(properties.retry().delays());
    }

    int retries() {
        return delays.size();
    }

    /** The wait before the next attempt after one made at {@code stage}; empty when that was the last. */
    Optional<Duration> delayAfter(int stage) {
        return stage < delays.size() ? Optional.of(delays.get(stage)) : Optional.empty();
    }

    /** The same waits as a Spring {@link BackOff}, which yields them in order and then stops. */
    BackOff backOff() {
        return () -> new BackOffExecution() {
            private int next;

            @Override
            public long nextBackOff() {
                return next < delays.size() ? delays.get(next++).toMillis() : STOP;
            }
        };
    }
}

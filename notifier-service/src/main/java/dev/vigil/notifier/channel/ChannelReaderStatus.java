package dev.vigil.notifier.channel;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the operator needs to know about the channel view's reader: whether the view has loaded, how often reading
 * failed and the last failure while it is failing; exposed as meters and read by the readiness indicator.
 */
@Component
class ChannelReaderStatus {

    private static final Logger log = LoggerFactory.getLogger(ChannelReaderStatus.class);

    private final Clock clock;
    private final Counter errors;
    private final AtomicReference<Failure> failing = new AtomicReference<>();

    ChannelReaderStatus(ChannelDirectory directory, MeterRegistry meters, Clock clock) {
        this.clock = clock;
        this.errors = Counter.builder("vigil.notifier.channels.reader.errors")
                .description("Failed reads of the channels topic; each is retried after a backoff")
                .register(meters);
        Gauge.builder("vigil.notifier.channels.view.loaded", directory, view -> view.isLoaded() ? 1 : 0)
                .description("1 once the channel view has read the channels topic to its end at start, else 0")
                .register(meters);
        Gauge.builder("vigil.notifier.channels.view.size", directory, ChannelDirectory::size)
                .description("Channels in this instance's view").register(meters);
    }

    void failed(RuntimeException failure) {
        errors.increment();
        failing.set(new Failure(failure.toString(), clock.instant()));
    }

    /** A consumer is reading again; logged once per recovery. */
    void reading() {
        Failure cleared = failing.getAndSet(null);
        if (cleared != null) {
            log.atInfo().addKeyValue("failingSince", cleared.at()).log("channel reader recovered");
        }
    }

    Optional<Failure> failing() {
        return Optional.ofNullable(failing.get());
    }

    record Failure(String error, Instant at) {
    }
}

package dev.vigil.notifier.delivery;

import dev.vigil.contracts.channel.ChannelKind;
import dev.vigil.contracts.delivery.DeliveryStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The notifier's meters: outcomes by channel kind, attempts by result and duration, alert-to-inbox latency. */
@Component
class DeliveryMetrics {

    private final MeterRegistry registry;

    DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void outcome(ChannelKind kind, DeliveryStatus status) {
        Counter.builder("vigil.notifier.deliveries")
                .description("Delivery outcomes published, by channel kind and outcome")
                .tag("kind", tag(kind)).tag("outcome", tag(status))
                .register(registry).increment();
    }

    /** One send, how it ended ({@code result} names the {@link SendResult} variant) and how long it took. */
    void attempt(ChannelKind kind, SendResult result, Duration took) {
        Timer.builder("vigil.notifier.attempts")
                .description("Send attempts to receivers, by channel kind and result")
                .tag("kind", tag(kind)).tag("result", result.getClass().getSimpleName().toLowerCase(Locale.ROOT))
                .register(registry).record(took);
    }

    void delivered(ChannelKind kind, Duration sinceAlert) {
        Timer.builder("vigil.notifier.delivery.latency")
                .description("From the alert's occurrence to its successful delivery")
                .tag("kind", tag(kind))
                .register(registry).record(sinceAlert);
    }

    void deadLettered(String topic) {
        Counter.builder("vigil.notifier.dead.letters")
                .description("Delivery tasks sent to a dead-letter topic")
                .tag("topic", topic)
                .register(registry).increment();
    }

    private static String tag(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}

package dev.vigil.gateway.live;

import dev.vigil.contracts.topic.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Follows the status and alert topics from their end and fans every event out to the open live
 * streams of this gateway instance. Each instance reads all partitions in a group of its own and
 * commits nothing: a live view has no history to resume, and every replica must see every event.
 */
final class LiveEventFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveEventFeed.class);
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);

    private final Map<String, Object> consumerConfig;
    private final LiveEventDecoder decoder = new LiveEventDecoder();
    private final Sinks.Many<LiveEvent> sink = Sinks.many().multicast().directBestEffort();
    private final Counter undecodable;
    private volatile @Nullable KafkaConsumer<byte[], byte[]> consumer;
    private volatile boolean running;

    LiveEventFeed(Map<String, Object> kafkaConsumerProperties, MeterRegistry meters) {
        this.consumerConfig = Map.copyOf(withOwnGroup(kafkaConsumerProperties));
        this.undecodable = Counter.builder("vigil.gateway.live.undecodable")
                .description("Status or alert records the live stream could not read and skipped")
                .register(meters);
    }

    /** Every event of every tenant; subscribers filter by their own tenant. */
    Flux<LiveEvent> events() {
        return sink.asFlux();
    }

    @Override
    public void start() {
        var kafka = new KafkaConsumer<>(consumerConfig, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        kafka.subscribe(List.of(Topics.MONITOR_STATUS.name(), Topics.ALERTS.name()));
        consumer = kafka;
        running = true;
        Thread.ofPlatform().name("live-event-feed").daemon().start(() -> poll(kafka));
    }

    private void poll(KafkaConsumer<byte[], byte[]> kafka) {
        try (kafka) {
            while (running) {
                kafka.poll(POLL_TIMEOUT).forEach(this::publish);
            }
        } catch (WakeupException stopping) {
            log.atDebug().log("live event feed stopped");
        }
    }

    private void publish(ConsumerRecord<byte[], byte[]> record) {
        if (sink.currentSubscriberCount() == 0) {
            return;
        }
        try {
            decoder.decode(record).ifPresent(sink::tryEmitNext);
        } catch (RuntimeException e) {
            undecodable.increment();
            log.atWarn().addKeyValue("topic", record.topic()).addKeyValue("offset", record.offset())
                    .addKeyValue("error", e.getMessage()).log("live event skipped");
        }
    }

    @Override
    public void stop() {
        running = false;
        KafkaConsumer<byte[], byte[]> kafka = consumer;
        if (kafka != null) {
            // Interrupting a polling consumer would surface as an InterruptException; wakeup ends the poll cleanly.
            kafka.wakeup();
        }
        sink.tryEmitComplete();
        consumer = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static Map<String, Object> withOwnGroup(Map<String, Object> base) {
        var config = new HashMap<>(base);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "vigil-gateway-live-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return config;
    }
}

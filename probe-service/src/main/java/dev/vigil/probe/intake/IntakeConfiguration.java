package dev.vigil.probe.intake;

import dev.vigil.contracts.probe.ProbeResult;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.probe.ProbeProperties;
import dev.vigil.probe.check.Prober;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the intake from {@code spring.kafka.*} (connection, security) and {@code vigil.probe.*}; the settings that
 * delivery guarantees rest on are set here and not left to configuration.
 */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    /** Long enough not to hammer an unavailable broker, short enough that results resume quickly after it returns. */
    private static final Duration SEND_RETRY_BACKOFF = Duration.ofSeconds(1);

    @Bean
    ProbeSlots probeSlots(ProbeProperties properties) {
        return new ProbeSlots(properties.maxInFlight());
    }

    @Bean
    ProbeMetrics probeMetrics(MeterRegistry registry, ProbeSlots probeSlots) {
        return new ProbeMetrics(registry, probeSlots::inFlight);
    }

    @Bean
    AcknowledgedSender<UUID, ProbeResult> resultSender(KafkaProperties kafka) {
        return new AcknowledgedSender<>(new KafkaProducer<>(reliable(kafka.buildProducerProperties()),
                Topics.PROBE_RESULTS.keySerde().serializer(), Topics.PROBE_RESULTS.valueSerde().serializer()),
                SEND_RETRY_BACKOFF);
    }

    @Bean
    AcknowledgedSender<byte[], byte[]> deadLetterSender(KafkaProperties kafka) {
        return new AcknowledgedSender<>(new KafkaProducer<>(reliable(kafka.buildProducerProperties()),
                new ByteArraySerializer(), new ByteArraySerializer()), SEND_RETRY_BACKOFF);
    }

    @Bean
    IntakeLoop intakeLoop(KafkaProperties kafka, ProbeProperties properties, Prober prober, ProbeSlots probeSlots,
            ProbeMetrics probeMetrics, AcknowledgedSender<UUID, ProbeResult> resultSender,
            AcknowledgedSender<byte[], byte[]> deadLetterSender) {
        Clock clock = Clock.systemUTC();
        Map<String, Object> consumer = consumer(kafka.buildConsumerProperties(), properties.consumerGroup(),
                properties.intake().sessionTimeout());
        var deadLetters = new DeadLetters(deadLetterSender, probeMetrics);
        var runner = new ProbeRunner(prober, resultSender, deadLetters, probeMetrics, clock, properties.region(),
                properties.prober());
        return new IntakeLoop(
                () -> new KafkaConsumer<>(consumer, new ByteArrayDeserializer(), new ByteArrayDeserializer()),
                new RequestReader(), probeSlots, runner, deadLetters,
                probeMetrics, clock, properties.region(), properties.intake().pollTimeout(),
                properties.intake().shutdownGrace());
    }

    /** A result is stored once per acknowledgement: every replica must have it, and retries must not duplicate it. */
    private static Map<String, Object> reliable(Map<String, Object> configured) {
        Map<String, Object> producer = new HashMap<>(configured);
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return producer;
    }

    /**
     * Offsets are committed by the intake, and only for finished requests; a new group starts at the oldest request.
     * Heartbeats come at a third of the session timeout, as Kafka advises, so one lost heartbeat never ends a session.
     */
    private static Map<String, Object> consumer(Map<String, Object> configured, String groupId,
            Duration sessionTimeout) {
        Map<String, Object> consumer = new HashMap<>(configured);
        consumer.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        consumer.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) sessionTimeout.toMillis());
        consumer.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, (int) sessionTimeout.dividedBy(3).toMillis());
        consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return consumer;
    }
}

package dev.vigil.scheduler.publish;

import dev.vigil.contracts.probe.ProbeRequest;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.scheduler.schedule.ProbeRequestSink;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

/**
 * Publishes probe requests keyed by monitor id without ever waiting: sends are asynchronous, and when the producer's
 * buffer is full for longer than {@code max.block.ms} the request is dropped and counted. A dropped request is one
 * missed probe; a blocked scheduling thread would make every monitor late.
 */
@Component
final class KafkaProbeRequestSink implements ProbeRequestSink, DisposableBean {

    private static final String METRIC = "vigil.scheduler.requests";
    private static final String DESCRIPTION = "Probe requests by outcome: acknowledged by Kafka, or dropped";

    private final Producer<UUID, ProbeRequest> producer;
    private final Counter sent;
    private final Counter dropped;

    @Autowired
    KafkaProbeRequestSink(KafkaProperties kafka, MeterRegistry registry) {
        this(new KafkaProducer<>(idempotent(kafka.buildProducerProperties()),
                Topics.PROBE_REQUESTS.keySerde().serializer(), Topics.PROBE_REQUESTS.valueSerde().serializer()),
                registry);
    }

    KafkaProbeRequestSink(Producer<UUID, ProbeRequest> producer, MeterRegistry registry) {
        this.producer = producer;
        this.sent = Counter.builder(METRIC).description(DESCRIPTION).tag("outcome", "sent").register(registry);
        this.dropped = Counter.builder(METRIC).description(DESCRIPTION).tag("outcome", "dropped").register(registry);
    }

    @Override
    public void send(ProbeRequest request) {
        try {
            producer.send(new ProducerRecord<>(Topics.PROBE_REQUESTS.name(), request.monitorId(), request),
                    (metadata, failure) -> (failure == null ? sent : dropped).increment());
        } catch (KafkaException refused) {
            dropped.increment();
        }
    }

    @Override
    public void destroy() {
        producer.close();
    }

    /** Not left to configuration: a retried send must not duplicate a request, and a lost one is a missed probe. */
    private static Map<String, Object> idempotent(Map<String, Object> configured) {
        Map<String, Object> properties = new HashMap<>(configured);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return properties;
    }
}

package dev.vigil.registry.cdc;

import dev.vigil.contracts.topic.StateDeadLetters;
import dev.vigil.contracts.topic.Topic;
import dev.vigil.contracts.topic.Topics;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/** Wires the outbox publication: the registry's own topics, the producer, leadership and the supervised engine. */
@Configuration(proxyBeanMethods = false)
class CdcConfiguration {

    /** The registry produces the monitors and channels topics and the outbox dead letters, so it creates them. */
    @Bean
    KafkaAdmin.NewTopics registryTopics(CdcProperties properties) {
        return new KafkaAdmin.NewTopics(List.<Topic<?, ?>>of(Topics.MONITORS, Topics.CHANNELS,
                        StateDeadLetters.OUTBOX).stream()
                .map(topic -> TopicBuilder.name(topic.name())
                        .partitions(topic.partitions())
                        .replicas(properties.topicReplicationFactor())
                        .configs(topic.configs())
                        .build())
                .toArray(org.apache.kafka.clients.admin.NewTopic[]::new));
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "vigil.registry.cdc.enabled", matchIfMissing = true)
    CdcSupervisor cdcSupervisor(CdcProperties configured, DataSourceProperties dataSource,
            Producer<byte[], byte[]> outboxProducer, JdbcClient jdbc, MeterRegistry meters,
            ApplicationEventPublisher events, Clock clock) {
        var login = new DatabaseLogin(dataSource.determineUrl(),
                Objects.requireNonNullElse(dataSource.determineUsername(), ""),
                Objects.requireNonNullElse(dataSource.determinePassword(), ""));
        CdcProperties properties = configured.resolve(login.address().database());
        SlotLag.register(meters, jdbc, properties.slotName());
        var publisher = new OutboxPublisher(outboxProducer, new ProcessedOutbox(jdbc, properties),
                properties, meters);
        var supervisor = new CdcSupervisor(properties, new AdvisoryLockLeadership(login, properties.leaderLockKey()),
                new ReplicationSlotGuard(jdbc, properties), new EngineFactory(properties, login, publisher),
                new SlotLossReadiness(events), clock);
        Gauge.builder("vigil.registry.cdc.streaming", supervisor,
                        current -> current.status().phase() == CdcStatus.Phase.STREAMING ? 1 : 0)
                .description("1 on the replica whose engine publishes the outbox, 0 on the others")
                .strongReference(true)
                .register(meters);
        return supervisor;
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "vigil.registry.cdc.enabled", matchIfMissing = true)
    CdcHealthIndicator cdcHealthIndicator(CdcSupervisor supervisor) {
        return new CdcHealthIndicator(supervisor);
    }

    /** Idempotent with acks from all replicas: a retried send never duplicates or reorders within a partition. */
    @Bean(destroyMethod = "close")
    @ConditionalOnBooleanProperty(name = "vigil.registry.cdc.enabled", matchIfMissing = true)
    Producer<byte[], byte[]> outboxProducer(KafkaProperties kafka, CdcProperties properties) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, properties.engineName());
        return new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
    }
}

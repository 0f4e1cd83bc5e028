package dev.vigil.registry.readmodel;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The read model's consumers: committed records only (analytics writes in transactions), bytes in so the listeners
 * decide what is unreadable, retries for passing failures and dead letters for the rest.
 */
@Configuration(proxyBeanMethods = false)
class ReadModelKafkaConfiguration {

    static final String LISTENER_FACTORY = "readModelListenerFactory";

    /** The read model consumes these topics, so it creates their dead-letter topics. */
    @Bean
    KafkaAdmin.NewTopics readModelDeadLetterTopics(ReadModelProperties properties) {
        return new KafkaAdmin.NewTopics(ReadModelTopics.ALL.stream()
                .map(topic -> topic.deadLetter())
                .map(topic -> TopicBuilder.name(topic.name())
                        .partitions(topic.partitions())
                        .replicas(properties.topicReplicationFactor())
                        .configs(topic.configs())
                        .build())
                .toArray(NewTopic[]::new));
    }

    @Bean(destroyMethod = "close")
    DeadLetters readModelDeadLetters(KafkaProperties kafka, MeterRegistry meters) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return new DeadLetters(new DefaultKafkaProducerFactory<>(config, new ByteArraySerializer(),
                new ByteArraySerializer()), meters);
    }

    @Bean(LISTENER_FACTORY)
    ConcurrentKafkaListenerContainerFactory<byte[], byte[]> readModelListenerFactory(KafkaProperties kafka,
            ReadModelProperties properties, DeadLetters deadLetters) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, properties.groupId());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        var errors = new DefaultErrorHandler(deadLetters.recoverer(),
                new FixedBackOff(properties.retryInterval().toMillis(), properties.retryAttempts()));
        errors.addNotRetryableExceptions(SerializationException.class);
        var factory = new ConcurrentKafkaListenerContainerFactory<byte[], byte[]>();
        factory.setConsumerFactory(new DefaultKafkaConsumerFactory<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer()));
        factory.setCommonErrorHandler(errors);
        factory.setAutoStartup(kafka.getListener().isAutoStartup());
        return factory;
    }
}

package dev.vigil.notifier.delivery;

import dev.vigil.contracts.delivery.DeliveryOutcome;
import dev.vigil.contracts.json.ContractDeserializer;
import dev.vigil.contracts.topic.Topic;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.notifier.NotifierProperties;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.UUIDDeserializer;
import org.apache.kafka.common.serialization.UUIDSerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.retrytopic.RetryTopicConfiguration;
import org.springframework.kafka.retrytopic.RetryTopicConfigurationBuilder;
import org.springframework.kafka.retrytopic.SameIntervalTopicReuseStrategy;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;

/** Clients, topics and retry chains of delivery: the notifier owns the outcomes topic and its internal task topics. */
@Configuration(proxyBeanMethods = false)
class DeliveryKafkaConfig {

    static final String TASK_LISTENER_FACTORY = "taskListenerFactory";

    @Bean
    KafkaTemplate<Object, Object> internalTemplate(KafkaProperties kafka) {
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(kafka.buildProducerProperties(),
                new InternalSerializer(), new InternalSerializer()));
    }

    @Bean
    KafkaTemplate<UUID, DeliveryOutcome> outcomeTemplate(KafkaProperties kafka) {
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(kafka.buildProducerProperties(),
                new UUIDSerializer(), Topics.DELIVERIES.valueSerde().serializer()));
    }

    @Bean(TASK_LISTENER_FACTORY)
    ConcurrentKafkaListenerContainerFactory<UUID, DeliveryTask> taskListenerFactory(KafkaProperties kafka,
            NotifierProperties properties) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        var factory = new ConcurrentKafkaListenerContainerFactory<UUID, DeliveryTask>();
        factory.setConsumerFactory(new DefaultKafkaConsumerFactory<>(config,
                new ErrorHandlingDeserializer<>(new UUIDDeserializer()),
                new ErrorHandlingDeserializer<>(new ContractDeserializer<>(DeliveryTask.class))));
        factory.setConcurrency(properties.kafka().concurrency());
        return factory;
    }

    @Bean
    RetryTopicConfiguration emailRetryTopics(KafkaTemplate<Object, Object> internalTemplate, RetrySchedule schedule,
            ConcurrentKafkaListenerContainerFactory<UUID, DeliveryTask> taskListenerFactory) {
        return retryChain(NotifierTopics.EMAIL_TASKS, internalTemplate, schedule, taskListenerFactory);
    }

    @Bean
    RetryTopicConfiguration webhookRetryTopics(KafkaTemplate<Object, Object> internalTemplate, RetrySchedule schedule,
            ConcurrentKafkaListenerContainerFactory<UUID, DeliveryTask> taskListenerFactory) {
        return retryChain(NotifierTopics.WEBHOOK_TASKS, internalTemplate, schedule, taskListenerFactory);
    }

    /** Topics are declared below rather than auto-created by Spring, so their names and sizes are in one place. */
    private static RetryTopicConfiguration retryChain(String topic, KafkaTemplate<Object, Object> template,
            RetrySchedule schedule, ConcurrentKafkaListenerContainerFactory<UUID, DeliveryTask> factory) {
        return RetryTopicConfigurationBuilder.newInstance()
                .includeTopic(topic)
                .customBackoff(schedule.backOff())
                .maxAttempts(schedule.retries() + 1)
                .retryTopicSuffix(NotifierTopics.RETRY_SUFFIX)
                .dltSuffix(NotifierTopics.DEAD_LETTER_SUFFIX)
                .suffixTopicsWithIndexValues()
                .sameIntervalTopicReuseStrategy(SameIntervalTopicReuseStrategy.MULTIPLE_TOPICS)
                .doNotAutoCreateRetryTopics()
                .notRetryOn(PermanentDeliveryException.class)
                .listenerFactory(factory)
                .dltHandlerMethod(DeadLetterRecorder.BEAN_NAME, DeadLetterRecorder.METHOD)
                .create(template);
    }

    @Bean
    KafkaAdmin.NewTopics notifierTopics(NotifierProperties properties, RetrySchedule schedule) {
        short replicas = properties.kafka().replicationFactor();
        Stream<NewTopic> owned = Stream.of(declare(Topics.DELIVERIES, replicas),
                declare(Topics.ALERTS.deadLetter(), replicas));
        Stream<NewTopic> internal = Stream.of(NotifierTopics.EMAIL_TASKS, NotifierTopics.WEBHOOK_TASKS)
                .flatMap(tasks -> NotifierTopics.chain(tasks, schedule.retries()).stream())
                .map(name -> TopicBuilder.name(name).partitions(NotifierTopics.TASK_PARTITIONS).replicas(replicas)
                        .config(TopicConfig.RETENTION_MS_CONFIG, Long.toString(Topics.HISTORY_RETENTION.toMillis()))
                        .build());
        List<NewTopic> all = Stream.concat(owned, internal).toList();
        return new KafkaAdmin.NewTopics(all.toArray(NewTopic[]::new));
    }

    private static NewTopic declare(Topic<?, ?> topic, short replicas) {
        return TopicBuilder.name(topic.name()).partitions(topic.partitions()).replicas(replicas)
                .configs(topic.configs()).build();
    }
}

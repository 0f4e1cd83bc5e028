package dev.vigil.scheduler.publish;

import dev.vigil.contracts.topic.Topic;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.scheduler.SchedulerProperties;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/** The scheduler produces probe requests, so it creates their topic, with the catalog's partitions and settings. */
@Configuration(proxyBeanMethods = false)
class OwnedTopics {

    @Bean
    KafkaAdmin.NewTopics schedulerTopics(SchedulerProperties properties) {
        return new KafkaAdmin.NewTopics(declare(Topics.PROBE_REQUESTS, properties.topics().replicationFactor()));
    }

    private static NewTopic declare(Topic<?, ?> topic, short replicationFactor) {
        return TopicBuilder.name(topic.name())
                .partitions(topic.partitions())
                .replicas(replicationFactor)
                .configs(topic.configs())
                .build();
    }
}

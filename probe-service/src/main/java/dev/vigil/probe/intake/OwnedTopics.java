package dev.vigil.probe.intake;

import dev.vigil.contracts.topic.Topic;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.probe.ProbeProperties;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The prober produces results, so it creates their topic and the dead-letter topic for results Kafka refused; it
 * consumes probe requests, so it creates their dead-letter topic. All with the catalog's partitions and settings.
 */
@Configuration(proxyBeanMethods = false)
class OwnedTopics {

    @Bean
    KafkaAdmin.NewTopics probeTopics(ProbeProperties properties) {
        short replicas = properties.topics().replicationFactor();
        return new KafkaAdmin.NewTopics(declare(Topics.PROBE_RESULTS, replicas),
                declare(Topics.PROBE_RESULTS.deadLetter(), replicas),
                declare(Topics.PROBE_REQUESTS.deadLetter(), replicas));
    }

    private static NewTopic declare(Topic<?, ?> topic, short replicationFactor) {
        return TopicBuilder.name(topic.name())
                .partitions(topic.partitions())
                .replicas(replicationFactor)
                .configs(topic.configs())
                .build();
    }
}

package dev.vigil.notifier.routing;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.topic.DeadLetterHeaders;
import dev.vigil.contracts.topic.DeadLetterReason;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.notifier.NotifierProperties;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.UUIDDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The alert consumer: committed records only, so an aborted transaction's alert is never acted on; unreadable alerts
 * go to the alerts dead-letter topic at once, routing failures (broker trouble) are retried in place, then
 * dead-lettered.
 */
@Configuration(proxyBeanMethods = false)
class RoutingKafkaConfig {

    static final String ALERT_LISTENER_FACTORY = "alertListenerFactory";

    /** In-place retries of a routing failure: from 1 s doubling to 30 s, for {@code routing-give-up-after}. */
    private static final long FIRST_RETRY_MS = 1_000;
    private static final long LONGEST_RETRY_MS = 30_000;

    @Bean(ALERT_LISTENER_FACTORY)
    ConcurrentKafkaListenerContainerFactory<UUID, Alert> alertListenerFactory(KafkaProperties kafka,
            KafkaTemplate<Object, Object> internalTemplate, MeterRegistry meters, NotifierProperties properties) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        var factory = new ConcurrentKafkaListenerContainerFactory<UUID, Alert>();
        factory.setConsumerFactory(new DefaultKafkaConsumerFactory<>(config,
                new ErrorHandlingDeserializer<>(new UUIDDeserializer()),
                new ErrorHandlingDeserializer<>(Topics.ALERTS.valueSerde().deserializer())));
        var recoverer = new DeadLetterPublishingRecoverer(internalTemplate,
                (record, failure) -> new TopicPartition(Topics.ALERTS.deadLetter().name(), record.partition()));
        recoverer.setHeadersFunction((record, failure) -> {
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
            DeadLetterReason reason = cause instanceof DeserializationException
                    ? DeadLetterReason.DESERIALIZATION : DeadLetterReason.RETRIES_EXHAUSTED;
            meters.counter("vigil.notifier.alerts.dead.letters", "reason", reason.headerValue()).increment();
            return DeadLetterHeaders.describe(reason, cause, record.topic(), record.partition(), record.offset());
        });
        var backOff = new ExponentialBackOff(FIRST_RETRY_MS, 2);
        backOff.setMaxInterval(LONGEST_RETRY_MS);
        backOff.setMaxElapsedTime(properties.kafka().routingGiveUpAfter().toMillis());
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.setBackOffFunction((record, failure) ->
                NestedExceptionUtils.getMostSpecificCause(failure) instanceof ChannelViewNotLoadedException
                        ? untilTheViewLoads() : null);
        factory.setCommonErrorHandler(handler);
        return factory;
    }

    /** The same waits as a routing failure, without an end: an alert is never dead-lettered for a loading view. */
    private static ExponentialBackOff untilTheViewLoads() {
        var backOff = new ExponentialBackOff(FIRST_RETRY_MS, 2);
        backOff.setMaxInterval(LONGEST_RETRY_MS);
        return backOff;
    }
}

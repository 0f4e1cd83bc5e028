package dev.vigil.notifier.delivery;

import dev.vigil.contracts.topic.DeadLetterHeaders;
import dev.vigil.contracts.topic.DeadLetterReason;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.retrytopic.DeadLetterPublishingRecovererFactory;
import org.springframework.kafka.retrytopic.RetryTopicConfigurationSupport;
import org.springframework.kafka.retrytopic.RetryTopicSchedulerWrapper;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Turns on Spring Kafka's retry topics and makes every record they forward carry Vigil's dead-letter headers, so a
 * delivery dead letter reads like every other service's (on retry topics the headers describe the latest failure).
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterHeadersConfig extends RetryTopicConfigurationSupport {

    @Override
    protected Consumer<DeadLetterPublishingRecovererFactory> configureDeadLetterPublishingContainerFactory() {
        return factory -> factory.setHeadersFunction((record, failure) -> {
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
            DeadLetterReason reason = cause instanceof PermanentDeliveryException
                    ? DeadLetterReason.PROCESSING : DeadLetterReason.RETRIES_EXHAUSTED;
            return DeadLetterHeaders.describe(reason, cause, record.topic(), record.partition(), record.offset());
        });
    }

    /** Resumes paused retry partitions when their records fall due. */
    @Bean
    RetryTopicSchedulerWrapper retryTopicSchedulerWrapper() {
        var scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("retry-topic-");
        scheduler.initialize();
        return new RetryTopicSchedulerWrapper(scheduler);
    }
}

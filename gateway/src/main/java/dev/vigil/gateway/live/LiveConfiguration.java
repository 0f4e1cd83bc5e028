package dev.vigil.gateway.live;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the live feed to the deployment's Kafka connection settings. */
@Configuration(proxyBeanMethods = false)
class LiveConfiguration {

    @Bean
    LiveEventFeed liveEventFeed(KafkaProperties kafka, MeterRegistry meters) {
        return new LiveEventFeed(kafka.buildConsumerProperties(), meters);
    }
}

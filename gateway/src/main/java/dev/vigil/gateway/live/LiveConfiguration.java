package dev.vigil.gateway.live;

import dev.vigil.gateway.GatewayProperties;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the live feed to the deployment's Kafka connection settings, and the per-tenant stream quota. */
@Configuration(proxyBeanMethods = false)
class LiveConfiguration {

    @Bean
    LiveEventFeed liveEventFeed(KafkaProperties kafka, MeterRegistry meters) {
        return new LiveEventFeed(kafka.buildConsumerProperties(), meters);
    }

    @Bean
    LiveStreamQuota liveStreamQuota(GatewayProperties properties, MeterRegistry meters) {
        var quota = new LiveStreamQuota(properties.live().maxStreamsPerTenant());
        Gauge.builder("vigil.gateway.live.streams", quota, LiveStreamQuota::openStreams)
                .description("Live streams open on this gateway instance")
                .register(meters);
        return quota;
    }
}

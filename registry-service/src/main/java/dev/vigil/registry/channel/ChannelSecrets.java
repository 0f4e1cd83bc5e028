package dev.vigil.registry.channel;

import dev.vigil.contracts.channel.SecretSealer;
import dev.vigil.registry.RegistryProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Signing secrets are generated and sealed with the contracts' one implementation, because the
 * notifier opens them and signs with them: both sides must agree on the format byte for byte.
 */
@Configuration(proxyBeanMethods = false)
class ChannelSecrets {

    @Bean
    SecretSealer secretSealer(RegistryProperties properties) {
        return SecretSealer.fromBase64Key(properties.channels().sealingKey());
    }
}

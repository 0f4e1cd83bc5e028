package dev.vigil.gateway.security;

import dev.vigil.gateway.GatewayProperties;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * How an access token earns trust: an RS256 signature by a key of Keycloak's JWKS (no other
 * algorithm, so {@code alg=none} and HMAC confusion are refused), our issuer, our audience, and a
 * valid lifetime by the gateway's clock.
 */
@Configuration(proxyBeanMethods = false)
class TokenValidation {

    @Bean
    ReactiveJwtDecoder jwtDecoder(OAuth2ResourceServerProperties resourceServer, GatewayProperties gateway, Clock clock) {
        OAuth2ResourceServerProperties.Jwt jwt = resourceServer.getJwt();
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(jwt.getJwkSetUri())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        var lifetime = new JwtTimestampValidator();
        lifetime.setClock(clock);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                lifetime,
                new JwtIssuerValidator(jwt.getIssuerUri()),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                        audiences -> audiences != null && audiences.contains(gateway.audience()))));
        return decoder;
    }
}

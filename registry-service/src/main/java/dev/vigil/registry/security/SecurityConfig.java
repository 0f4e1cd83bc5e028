package dev.vigil.registry.security;

import dev.vigil.registry.RegistryProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The API is a stateless OAuth2 resource server: every {@code /api/v1} call needs an RS256 Keycloak token for
 * {@code vigil-api}; Actuator and the OpenAPI document stay open because probes and tooling call them without one.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, RegistryProperties properties) throws Exception {
        ProblemAuthenticationEntryPoint problems = new ProblemAuthenticationEntryPoint();
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/**", "/v3/api-docs/**", "/error").permitAll()
                        .requestMatchers("/api/v1/admin/**").hasRole(properties.security().adminRole())
                        .requestMatchers(HttpMethod.OPTIONS, "/api/v1/**").permitAll()
                        .requestMatchers("/api/v1/**").authenticated()
                        .anyRequest().denyAll())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new RealmRoles()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .build();
    }

    /**
     * Keys come from the JWKS URI, fetched on the first token rather than at startup, so the service starts while
     * Keycloak is still booting; the issuer is checked as a claim instead of through discovery for the same reason.
     */
    @Bean
    JwtDecoder jwtDecoder(OAuth2ResourceServerProperties resourceServer, RegistryProperties properties) {
        OAuth2ResourceServerProperties.Jwt jwt = resourceServer.getJwt();
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwt.getJwkSetUri())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(TokenValidation.validator(jwt.getIssuerUri(), properties.security().audience()));
        return decoder;
    }
}

package dev.vigil.registry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.vigil.registry.RegistryProperties;
import dev.vigil.testkit.http.RecordingHttpServer;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * The service's own decoder ({@link SecurityConfig#jwtDecoder}, keys from a JWKS URI) on tokens forged with a key of
 * the test's own, which Keycloak cannot be made to issue: expired, for another audience, from another issuer, HMAC.
 */
class TokenValidationTest {

    private static final String ISSUER = "http://localhost:8180/realms/vigil";
    private static final String AUDIENCE = "vigil-api";
    private static final String KEY_ID = "vigil-test";

    private static RSAKey keys;
    private static RecordingHttpServer jwks;
    private static JwtDecoder decoder;

    @BeforeAll
    static void publishKeys() throws JOSEException {
        keys = new RSAKeyGenerator(2048).keyID(KEY_ID).generate();
        jwks = RecordingHttpServer.start();
        jwks.respond("/certs", 200, "application/json", new JWKSet(keys.toPublicJWK()).toString());
        var resourceServer = new OAuth2ResourceServerProperties();
        resourceServer.getJwt().setIssuerUri(ISSUER);
        resourceServer.getJwt().setJwkSetUri(jwks.uri() + "/certs");
        RegistryProperties properties = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("vigil.registry", RegistryProperties.class);
        decoder = new SecurityConfig().jwtDecoder(resourceServer, properties);
    }

    @AfterAll
    static void stop() {
        jwks.close();
    }

    @Test
    void aCurrentTokenForTheApiFromTheIssuerIsAccepted() throws JOSEException {
        Jwt jwt = decoder.decode(sign(claims(ISSUER, List.of(AUDIENCE), Instant.now().plusSeconds(300))));

        assertThat(jwt.getSubject()).isEqualTo("tenant-1");
    }

    @Test
    void anExpiredTokenIsRejected() throws JOSEException {
        String expired = sign(claims(ISSUER, List.of(AUDIENCE), Instant.now().minus(Duration.ofMinutes(5))));

        assertThatThrownBy(() -> decoder.decode(expired)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void aTokenForAnotherAudienceIsRejected() throws JOSEException {
        String otherAudience = sign(claims(ISSUER, List.of("account"), Instant.now().plusSeconds(300)));

        assertThatThrownBy(() -> decoder.decode(otherAudience)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("aud");
    }

    @Test
    void aTokenFromAnotherIssuerIsRejected() throws JOSEException {
        String otherIssuer = sign(claims("http://localhost:8180/realms/master", List.of(AUDIENCE),
                Instant.now().plusSeconds(300)));

        assertThatThrownBy(() -> decoder.decode(otherIssuer)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("iss");
    }

    @Test
    void aTokenNotValidBeforeATimeBeyondTheClockSkewIsRejected() throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder(claims(ISSUER, List.of(AUDIENCE), Instant.now().plusSeconds(600)))
                .notBeforeTime(Date.from(Instant.now().plus(Duration.ofMinutes(5))))
                .build();
        String notYetValid = sign(claims);

        assertThatThrownBy(() -> decoder.decode(notYetValid)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("used before");
    }

    @Test
    void aTokenSignedByAKeyRotatedInAfterTheKeySetWasCachedIsAcceptedOnceTheKeySetIsRefreshed() throws JOSEException {
        assertThat(decoder.decode(sign(claims(ISSUER, List.of(AUDIENCE), Instant.now().plusSeconds(300)))))
                .as("key set fetched and cached").isNotNull();
        RSAKey rotated = new RSAKeyGenerator(2048).keyID("vigil-rotated").generate();
        jwks.respond("/certs", 200, "application/json",
                new JWKSet(List.of(keys.toPublicJWK(), rotated.toPublicJWK())).toString());
        SignedJWT signedByTheNewKey = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("vigil-rotated")
                .build(), claims(ISSUER, List.of(AUDIENCE), Instant.now().plusSeconds(300)));
        signedByTheNewKey.sign(new RSASSASigner(rotated));

        assertThat(decoder.decode(signedByTheNewKey.serialize()).getSubject()).isEqualTo("tenant-1");
    }

    @Test
    void anHs256TokenKeyedWithThePublicKeyIsRejectedEvenWithValidClaims() throws JOSEException {
        SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(KEY_ID).build(),
                claims(ISSUER, List.of(AUDIENCE), Instant.now().plusSeconds(300)));
        hmac.sign(new MACSigner(keys.toRSAPublicKey().getEncoded()));

        assertThatThrownBy(() -> decoder.decode(hmac.serialize())).isInstanceOf(BadJwtException.class);
    }

    private static JWTClaimsSet claims(String issuer, List<String> audience, Instant expiry) {
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("tenant-1")
                .audience(audience)
                .issueTime(Date.from(expiry.minus(Duration.ofMinutes(10))))
                .expirationTime(Date.from(expiry))
                .build();
    }

    private String sign(JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_ID).build(), claims);
        jwt.sign(new RSASSASigner(keys));
        return jwt.serialize();
    }
}

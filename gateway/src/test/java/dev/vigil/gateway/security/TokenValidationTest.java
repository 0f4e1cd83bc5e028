package dev.vigil.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.vigil.gateway.GatewayProperties;
import dev.vigil.testkit.http.RecordingHttpServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

class TokenValidationTest {

    private static final String ISSUER = "http://localhost/realms/vigil";
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    private static RecordingHttpServer jwks;
    private static RSAKey signingKey;
    private static ReactiveJwtDecoder decoder;

    @BeforeAll
    static void publishKeys() throws JOSEException {
        signingKey = new RSAKeyGenerator(2048).keyID("vigil-test").generate();
        jwks = RecordingHttpServer.start();
        jwks.respond("/certs", 200, "application/json", new JWKSet(signingKey.toPublicJWK()).toString());
        var resourceServer = new OAuth2ResourceServerProperties();
        resourceServer.getJwt().setIssuerUri(ISSUER);
        resourceServer.getJwt().setJwkSetUri(jwks.uri() + "/certs");
        GatewayProperties gateway = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("vigil.gateway", GatewayProperties.class);
        decoder = new TokenValidation().jwtDecoder(resourceServer, gateway, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterAll
    static void stop() {
        jwks.close();
    }

    @Test
    void anRs256TokenOfOurIssuerForOurAudienceIsAccepted() throws JOSEException {
        assertThat(decoder.decode(rs256(claims -> claims)).block().getSubject()).isEqualTo("alice");
    }

    @Test
    void aTokenOfAnotherIssuerIsRejected() {
        assertRejected(() -> rs256(claims -> claims.issuer("http://evil.example/realms/vigil")));
    }

    @Test
    void aTokenForAnotherAudienceIsRejected() {
        assertRejected(() -> rs256(claims -> claims.audience("account")));
    }

    @Test
    void anExpiredTokenIsRejected() {
        assertRejected(() -> rs256(claims -> claims.expirationTime(Date.from(NOW.minus(Duration.ofMinutes(5))))));
    }

    @Test
    void aTokenSignedByAKeyOutsideTheJwksIsRejected() {
        assertRejected(() -> {
            RSAKey stranger = new RSAKeyGenerator(2048).keyID("vigil-test").generate();
            return sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("vigil-test").build(), new RSASSASigner(stranger));
        });
    }

    @Test
    void anHmacTokenKeyedWithThePublicKeyIsRejected() {
        assertRejected(() -> sign(new JWSHeader(JWSAlgorithm.HS256),
                new MACSigner(signingKey.toPublicJWK().toRSAPublicKey().getEncoded())));
    }

    @Test
    void aTokenNotValidBeforeATimeBeyondTheClockSkewIsRejected() {
        assertRejected(() -> rs256(claims -> claims.notBeforeTime(Date.from(NOW.plus(Duration.ofMinutes(5))))));
    }

    @Test
    void aTokenSignedByAKeyRotatedInAfterTheKeySetWasCachedIsAcceptedOnceTheKeySetIsRefreshed() throws JOSEException {
        assertThat(decoder.decode(rs256(claims -> claims)).block()).as("key set fetched and cached").isNotNull();
        RSAKey rotated = new RSAKeyGenerator(2048).keyID("vigil-rotated").generate();
        jwks.respond("/certs", 200, "application/json",
                new JWKSet(List.of(signingKey.toPublicJWK(), rotated.toPublicJWK())).toString());

        String signedByTheNewKey = sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("vigil-rotated").build(),
                new RSASSASigner(rotated));

        assertThat(decoder.decode(signedByTheNewKey).block().getSubject()).isEqualTo("alice");
    }

    @Test
    void anUnsignedTokenIsRejected() {
        assertRejected(() -> new PlainJWT(claims(claims -> claims)).serialize());
    }

    private static void assertRejected(TokenSource token) {
        assertThatThrownBy(() -> decoder.decode(token.get()).block()).isInstanceOf(JwtException.class);
    }

    private static String rs256(UnaryOperator<JWTClaimsSet.Builder> customize) throws JOSEException {
        var token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("vigil-test").build(), claims(customize));
        token.sign(new RSASSASigner(signingKey));
        return token.serialize();
    }

    private static String sign(JWSHeader header, JWSSigner signer) throws JOSEException {
        var token = new SignedJWT(header, claims(claims -> claims));
        token.sign(signer);
        return token.serialize();
    }

    private static JWTClaimsSet claims(UnaryOperator<JWTClaimsSet.Builder> customize) {
        return customize.apply(new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience("vigil-api")
                .subject("alice")
                .issueTime(Date.from(NOW.minusSeconds(10)))
                .expirationTime(Date.from(NOW.plus(Duration.ofMinutes(5)))))
                .build();
    }

    @FunctionalInterface
    private interface TokenSource {
        String get() throws JOSEException;
    }
}

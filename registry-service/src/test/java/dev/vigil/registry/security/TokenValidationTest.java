package dev.vigil.registry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The claim rules of {@link TokenValidation} on tokens forged with a key of the test's own, which Keycloak cannot
 * be made to issue: expired, for another audience, from another issuer.
 */
class TokenValidationTest {

    private static final String ISSUER = "http://localhost:8180/realms/vigil";
    private static final String AUDIENCE = "vigil-api";

    private final KeyPair keys = rsaKeys();
    private final NimbusJwtDecoder decoder = decoder();

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
    void anHs256TokenIsRejectedEvenWithValidClaims() throws JOSEException {
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256),
                claims(ISSUER, List.of(AUDIENCE), Instant.now().plusSeconds(300)));
        hmac.sign(new MACSigner(new byte[32]));

        assertThatThrownBy(() -> decoder.decode(hmac.serialize())).isInstanceOf(BadJwtException.class);
    }

    private NimbusJwtDecoder decoder() {
        NimbusJwtDecoder built = NimbusJwtDecoder.withPublicKey((RSAPublicKey) keys.getPublic())
                .signatureAlgorithm(SignatureAlgorithm.RS256)
                .build();
        built.setJwtValidator(TokenValidation.validator(ISSUER, AUDIENCE));
        return built;
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
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(keys.getPrivate()));
        return jwt.serialize();
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

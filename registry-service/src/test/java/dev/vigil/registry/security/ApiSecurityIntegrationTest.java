package dev.vigil.registry.security;

import dev.vigil.registry.api.RegistryApiFixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.SignedJWT;
import dev.vigil.registry.api.ApiClient;
import dev.vigil.registry.api.WithoutKafka;
import dev.vigil.testkit.keycloak.DemoUser;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.text.ParseException;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** Real Keycloak tokens pass; tokens that were tampered with or never signed by Keycloak get 401. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {WithoutKafka.CDC_OFF, WithoutKafka.NO_TOPIC_CREATION})
class ApiSecurityIntegrationTest extends RegistryApiFixture {

    private static final String MONITORS = "/api/v1/monitors";

    @Test
    void aRealKeycloakTokenIsAccepted() {
        assertThat(api.get(alice, MONITORS).status()).isEqualTo(200);
    }

    @Test
    void noTokenGets401AsAProblemWithABearerChallenge() {
        ApiClient.Response answer = api.get(null, MONITORS);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.raw().headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
    }

    @Test
    void anUnsignedAlgNoneTokenGets401() {
        String[] parts = alice.split("\\.");
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(api.get(header + "." + parts[1] + ".", MONITORS).status()).isEqualTo(401);
    }

    @Test
    void theSameClaimsSignedByAnotherKeyGet401() throws Exception {
        SignedJWT real = SignedJWT.parse(alice);
        SignedJWT forged = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(real.getHeader().getKeyID()).build(),
                real.getJWTClaimsSet());
        forged.sign(new RSASSASigner(otherPrivateKey()));

        assertThat(api.get(forged.serialize(), MONITORS).status()).isEqualTo(401);
    }

    @Test
    void aTokenWhoseClaimsWereEditedGets401() throws ParseException {
        String[] parts = alice.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace(DemoUser.ALICE.id().toString(), DemoUser.BOB.id().toString());
        String edited = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThat(api.get(edited, MONITORS).status()).isEqualTo(401);
    }

    @Test
    void actuatorAndTheOpenApiDocumentNeedNoToken() {
        assertThat(api.get(null, "/actuator/health").status()).isEqualTo(200);
        ApiClient.Response openApi = api.get(null, "/v3/api-docs");
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.body().get("paths").has("/api/v1/monitors/{id}")).isTrue();
    }

    private static PrivateKey otherPrivateKey() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair().getPrivate();
    }
}

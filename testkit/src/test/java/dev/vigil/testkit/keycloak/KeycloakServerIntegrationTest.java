package dev.vigil.testkit.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@WithKeycloak
class KeycloakServerIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KeycloakServer keycloak;

    KeycloakServerIntegrationTest(KeycloakServer keycloak) {
        this.keycloak = keycloak;
    }

    @Test
    void jwksPublishesAnRs256SigningKey() throws Exception {
        assertThat(get(keycloak.jwksUri()).path("keys").values()).anySatisfy(key -> {
            assertThat(key.path("kty").asString()).isEqualTo("RSA");
            assertThat(key.path("alg").asString()).isEqualTo("RS256");
            assertThat(key.path("use").asString()).isEqualTo("sig");
        });
    }

    @Test
    void accessTokenIsSignedWithRs256ByAKeyOfTheJwks() throws Exception {
        DecodedJwt token = DecodedJwt.parse(keycloak.accessToken("alice"));

        assertThat(token.header().path("alg").asString()).isEqualTo("RS256");
        assertThat(token.signedByKeyIn(get(keycloak.jwksUri()))).isTrue();
    }

    @Test
    void accessTokenIsIssuedByTheVigilRealm() {
        DecodedJwt token = DecodedJwt.parse(keycloak.accessToken("alice"));

        assertThat(token.claim("iss")).isEqualTo(keycloak.issuerUri().toString());
    }

    @Test
    void accessTokenIsMeantForVigilApi() {
        DecodedJwt token = DecodedJwt.parse(keycloak.accessToken("alice"));

        assertThat(token.audiences()).contains("vigil-api");
    }

    @Test
    void aTokenForAnotherAudienceIsGenuineButNotMeantForVigilApi() {
        DecodedJwt token = DecodedJwt.parse(keycloak.accessTokenForAnotherAudience(DemoUser.ALICE));

        assertThat(token.claim("iss")).isEqualTo(keycloak.issuerUri().toString());
        assertThat(token.audiences()).doesNotContain("vigil-api");
    }

    @ParameterizedTest
    @EnumSource(DemoUser.class)
    void accessTokenSubjectIsTheDemoUsersFixedId(DemoUser user) {
        DecodedJwt token = DecodedJwt.parse(keycloak.accessToken(user.username()));

        assertThat(token.claim("sub")).isEqualTo(user.id().toString());
    }

    @Test
    void adminTokenCarriesTheAdminAndUserRealmRoles() {
        DecodedJwt token = DecodedJwt.parse(keycloak.accessToken(DemoUser.ADMIN));

        assertThat(token.realmRoles()).contains("admin", "user");
    }

    @Test
    void userTokenDoesNotCarryTheAdminRealmRole() {
        DecodedJwt token = DecodedJwt.parse(keycloak.accessToken(DemoUser.BOB));

        assertThat(token.realmRoles()).contains("user").doesNotContain("admin");
    }

    @Test
    void wrongPasswordIsRefusedAsAnInvalidGrant() {
        // Keycloak 26 answers 400 invalid_grant, as RFC 6749 section 5.2 says; older versions sent 401.
        assertThatExceptionOfType(TokenRequestException.class)
                .isThrownBy(() -> keycloak.accessToken("alice", "not-alices-password"))
                .satisfies(refused -> {
                    assertThat(refused.statusCode()).isEqualTo(400);
                    assertThat(refused.error()).isEqualTo("invalid_grant");
                });
    }

    @Test
    void springPropertiesNameTheIssuerAndJwksOfTheDiscoveryDocument() throws Exception {
        JsonNode discovery = get(URI.create(keycloak.issuerUri() + "/.well-known/openid-configuration"));

        assertThat(keycloak.springProperties()).containsOnly(
                entry("spring.security.oauth2.resourceserver.jwt.issuer-uri", discovery.path("issuer").asString()),
                entry("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", discovery.path("jwks_uri").asString()),
                entry("spring.security.oauth2.client.provider.keycloak.issuer-uri", discovery.path("issuer").asString()));
    }

    private static JsonNode get(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s", uri).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}

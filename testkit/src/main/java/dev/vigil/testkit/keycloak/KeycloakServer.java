package dev.vigil.testkit.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The real Keycloak server with Vigil's realm, started once per JVM and shared, so tests validate
 * the same RS256 tokens, issuer and audience that production's gateway does.
 */
public final class KeycloakServer {

    public static final String REALM = "vigil";

    /** How long a {@link #shortLivedAccessToken} is valid. */
    public static final Duration SHORT_LIVED_TOKEN_LIFESPAN = Duration.ofSeconds(ShortLivedClient.LIFESPAN_SECONDS);

    private static final String OTHER_AUDIENCE_CLIENT = "admin-cli";

    private static @Nullable KeycloakServer shared;
    private static @Nullable RuntimeException startFailure;

    private final URI issuerUri;
    private final TokenClient tokens;

    private KeycloakServer(URI baseUri, HttpClient http) {
        this.issuerUri = baseUri.resolve("/realms/" + REALM);
        this.tokens = new TokenClient(http, tokenEndpoint());
    }

    /** The JVM's server, started by the first caller; stopped when the JVM exits. */
    public static synchronized KeycloakServer shared() {
        if (startFailure != null) {
            // A second attempt would fail the same way, only a minute later for every test class.
            throw new IllegalStateException("Keycloak failed to start earlier in this JVM", startFailure);
        }
        if (shared == null) {
            try {
                shared = start();
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
        }
        return shared;
    }

    private static KeycloakServer start() {
        Path cacheRoot = KeycloakInstallation.cacheRoot();
        Path home = KeycloakInstallation.prepare(KeycloakDistribution.locate(), cacheRoot);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        KeycloakProcess process = KeycloakProcess.start(home, RealmFile.locate(), REALM, runDirectory(cacheRoot), http);
        return new KeycloakServer(process.baseUri(), http);
    }

    /** A fresh folder for this run's log and import: under target/ in a Maven module, else in the cache. */
    private static Path runDirectory(Path cacheRoot) {
        Path target = Path.of("target");
        Path runs = Files.isDirectory(target) ? target.resolve("keycloak") : cacheRoot.resolve("keycloak-runs");
        try {
            return Files.createTempDirectory(Files.createDirectories(runs), "run-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://localhost:<port>/realms/vigil}, the {@code iss} of every token. */
    public URI issuerUri() {
        return issuerUri;
    }

    public URI jwksUri() {
        return URI.create(issuerUri + "/protocol/openid-connect/certs");
    }

    public URI tokenEndpoint() {
        return URI.create(issuerUri + "/protocol/openid-connect/token");
    }

    /** An access token for a demo user, by username: alice, bob or admin. */
    public String accessToken(String username) {
        DemoUser user = DemoUser.byUsername(username).orElseThrow(() -> new IllegalArgumentException(
                "%s is no demo user; the demo users are %s".formatted(username,
                        Arrays.stream(DemoUser.values()).map(DemoUser::username).toList())));
        return accessToken(user);
    }

    public String accessToken(DemoUser user) {
        return accessToken(user.username(), user.password());
    }

    /**
     * An access token by the password grant of the local-only {@code vigil-cli} client.
     *
     * @throws TokenRequestException if Keycloak refuses, as it does a wrong password
     */
    public String accessToken(String username, String password) {
        return tokens.accessToken(username, password);
    }

    /**
     * A genuine token of this realm that is not meant for Vigil: issued to Keycloak's built-in
     * {@code admin-cli} client, so it lacks the {@code vigil-api} audience a resource server demands.
     */
    public String accessTokenForAnotherAudience(DemoUser user) {
        return tokens.accessToken(OTHER_AUDIENCE_CLIENT, user.username(), user.password());
    }

    /** An access token by the password grant of another client of the realm, e.g. one a test realm adds. */
    public String accessToken(String clientId, DemoUser user) {
        return tokens.accessToken(clientId, user.username(), user.password());
    }

    /**
     * An access token for a demo user that expires {@link #SHORT_LIVED_TOKEN_LIFESPAN} after it was issued, from a
     * client only the test realm has.
     */
    public String shortLivedAccessToken(DemoUser user) {
        return tokens.accessToken(ShortLivedClient.CLIENT_ID, user.username(), user.password());
    }

    /**
     * What a Spring resource server needs to validate this server's tokens, and what a Spring OAuth2 client (the
     * console, registration provider {@code keycloak}) needs to sign users in with it.
     */
    public Map<String, String> springProperties() {
        return Map.of(
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", issuerUri.toString(),
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", jwksUri().toString(),
                "spring.security.oauth2.client.provider.keycloak.issuer-uri", issuerUri.toString());
    }
}

package dev.vigil.e2e;

import dev.vigil.testkit.keycloak.DemoUser;
import dev.vigil.testkit.keycloak.KeycloakServer;

/** Access tokens from the real Keycloak: the demo users', and the ones the gateway must refuse. */
final class Tokens {

    private final KeycloakServer keycloak;

    Tokens(KeycloakServer keycloak) {
        this.keycloak = keycloak;
    }

    String of(DemoUser user) {
        return keycloak.accessToken(user);
    }

    /** Genuine, for Vigil's audience, signed by the realm: only its lifetime is wrong. */
    String expiringAtOnce(DemoUser user) {
        return keycloak.accessToken(E2eRealm.SHORT_LIVED_CLIENT, user);
    }

    String forAnotherAudience(DemoUser user) {
        return keycloak.accessTokenForAnotherAudience(user);
    }
}

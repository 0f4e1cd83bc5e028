package dev.vigil.testkit.keycloak;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * The demo users of {@code deploy/keycloak/vigil-realm.json}; their ids are fixed there so the
 * token's {@code sub}, which Vigil uses as the tenant id, is the same in every run.
 */
public enum DemoUser {
    ALICE("alice", "alice-demo", "a11ce000-0000-4000-8000-000000000001", "user"),
    BOB("bob", "bob-demo", "b0b00000-0000-4000-8000-000000000002", "user"),
    ADMIN("admin", "admin-demo", "ad000000-0000-4000-8000-000000000003", "admin");

    private final String username;
    private final String password;
    private final UUID id;
    private final String realmRole;

    DemoUser(String username, String password, String id, String realmRole) {
        this.username = username;
        this.password = password;
        this.id = UUID.fromString(id);
        this.realmRole = realmRole;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** The Keycloak user id: the {@code sub} of the user's tokens. */
    public UUID id() {
        return id;
    }

    /** The realm role the realm assigns; {@code admin} includes {@code user}. */
    public String realmRole() {
        return realmRole;
    }

    public static Optional<DemoUser> byUsername(String username) {
        return Arrays.stream(values()).filter(user -> user.username.equals(username)).findFirst();
    }
}

package dev.vigil.registry.security;

import org.springframework.security.oauth2.jwt.Jwt;

/** The tenant is the token's subject and nothing else: never a header or a body field a client could choose. */
public final class CurrentTenant {

    private CurrentTenant() {
    }

    public static String of(Jwt jwt) {
        return jwt.getSubject();
    }
}

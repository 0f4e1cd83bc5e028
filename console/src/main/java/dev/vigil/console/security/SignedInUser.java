package dev.vigil.console.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user's name on every page, for the header and its sign-out button. */
@ControllerAdvice
public class SignedInUser {

    /** The Spring client registration the console signs in with, and whose access token it calls the API with. */
    public static final String REGISTRATION = "keycloak";

    @ModelAttribute("username")
    @Nullable String username(@AuthenticationPrincipal @Nullable OidcUser user) {
        return user == null ? null : user.getPreferredUsername();
    }
}

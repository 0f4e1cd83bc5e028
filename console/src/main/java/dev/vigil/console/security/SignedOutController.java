package dev.vigil.console.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Where Keycloak sends the browser back after sign-out; open to everyone, because nobody is signed in. */
@Controller
class SignedOutController {

    @GetMapping(SecurityConfiguration.SIGNED_OUT_PATH)
    String signedOut() {
        return "signed-out";
    }
}

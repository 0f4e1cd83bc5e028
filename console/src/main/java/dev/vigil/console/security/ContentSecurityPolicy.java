package dev.vigil.console.security;

/** The console's Content-Security-Policy: no inline script or style, nothing from other origins. */
final class ContentSecurityPolicy {

    private ContentSecurityPolicy() {
    }

    /**
     * @param identityOrigin Keycloak's origin: forms (sign-out) redirect there, and browsers apply
     *     {@code form-action} to the redirects that follow a form submission
     */
    static String of(String identityOrigin) {
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self'",
                "img-src 'self' data:",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "frame-ancestors 'none'",
                "form-action 'self' " + identityOrigin);
    }
}

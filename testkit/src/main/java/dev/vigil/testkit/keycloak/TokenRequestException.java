package dev.vigil.testkit.keycloak;

/** Keycloak refused a token request; carries the HTTP status and the OAuth error code it answered. */
public final class TokenRequestException extends RuntimeException {

    private final int statusCode;
    private final String error;

    TokenRequestException(String username, int statusCode, String error, String description) {
        super("Keycloak refused a token for %s: HTTP %d %s (%s)".formatted(username, statusCode, error, description));
        this.statusCode = statusCode;
        this.error = error;
    }

    public int statusCode() {
        return statusCode;
    }

    /** The OAuth 2.0 error code, such as {@code invalid_grant}; empty if the answer had none. */
    public String error() {
        return error;
    }
}

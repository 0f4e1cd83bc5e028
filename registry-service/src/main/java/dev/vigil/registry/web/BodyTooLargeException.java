package dev.vigil.registry.web;

import java.io.IOException;
import java.io.Serial;

/** Raised while reading a body without a declared length once it passes the limit, so the answer can be 413. */
final class BodyTooLargeException extends IOException {

    @Serial
    private static final long serialVersionUID = 1L;

    BodyTooLargeException(long limit) {
        super("request body exceeds " + limit + " bytes");
    }
}

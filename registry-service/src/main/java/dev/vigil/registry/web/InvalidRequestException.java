package dev.vigil.registry.web;

import java.io.Serial;
import java.util.List;

/** Carries every field at fault in one request, so the client learns all of them from one answer. */
public class InvalidRequestException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super("invalid request: " + errors);
        this.errors = List.copyOf(errors);
    }

    public InvalidRequestException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}

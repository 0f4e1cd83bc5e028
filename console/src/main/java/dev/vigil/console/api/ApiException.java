package dev.vigil.console.api;

import java.util.List;
import org.springframework.http.HttpStatus;

/** The API said no: its status, its problem detail and, for a validation problem, the fields at fault. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final transient List<FieldProblem> fields;

    ApiException(HttpStatus status, String detail, List<FieldProblem> fields) {
        super(status.value() + " " + detail);
        this.status = status;
        this.fields = List.copyOf(fields);
    }

    public HttpStatus status() {
        return status;
    }

    public List<FieldProblem> fields() {
        return fields;
    }

    /** Whether the API refused what was sent (a form to show again with its messages), not the call itself. */
    public boolean refusedInput() {
        return status == HttpStatus.BAD_REQUEST || status == HttpStatus.UNPROCESSABLE_CONTENT
                || status == HttpStatus.CONFLICT;
    }

    public boolean notFound() {
        return status == HttpStatus.NOT_FOUND;
    }
}

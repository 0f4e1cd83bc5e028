package dev.vigil.registry.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The problem types this API answers with, so each has one stable type URI clients can switch on. */
public final class Problems {

    private static final String BASE = "https://vigil.dev/problems/";

    private Problems() {
    }

    public static URI type(String name) {
        return URI.create(BASE + name);
    }

    /** A 409 whose type tells the client what kind of conflict it ran into. */
    public static ErrorResponseException conflict(String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setType(type(type));
        problem.setTitle(title);
        return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
    }
}

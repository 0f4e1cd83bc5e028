package dev.vigil.registry.web;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every error of every controller in the service (the read model's included) into RFC 9457 problem+json, and
 * names the fields at fault so a client can point at them.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequestException e) {
        return ResponseEntity.badRequest().body(validationProblem(e.errors()));
    }

    /** A connection that breaks mid-transaction also fails its rollback: a TransactionSystemException. */
    @ExceptionHandler({
        DataAccessResourceFailureException.class,
        TransientDataAccessResourceException.class,
        RecoverableDataAccessException.class,
        CannotCreateTransactionException.class,
        TransactionSystemException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
        log.atWarn()
                .addKeyValue("exception", e.getClass().getName())
                .addKeyValue("error", e.getMessage())
                .log("database unavailable");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "the registry's database is unavailable; nothing was changed, try again later");
        problem.setType(Problems.type("database-unavailable"));
        problem.setTitle("Service Unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        BodyTooLargeException tooLarge = causedBy(e, BodyTooLargeException.class);
        if (tooLarge != null) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                    tooLarge.getMessage());
            problem.setType(Problems.type("body-too-large"));
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
        }
        return ResponseEntity.badRequest().body(unreadable(e));
    }

    private static ProblemDetail unreadable(HttpMessageNotReadableException e) {
        JacksonException jackson = causedBy(e, JacksonException.class);
        if (jackson == null || jackson instanceof StreamReadException) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "the request body is not well-formed JSON");
            problem.setType(Problems.type("malformed-json"));
            return problem;
        }
        String field = path(jackson);
        IllegalArgumentException contract = causedBy(jackson, IllegalArgumentException.class);
        if (contract != null) {
            return validationProblem(List.of(ContractErrors.toFieldError(contract, field)));
        }
        String message = jackson instanceof UnrecognizedPropertyException
                ? "unknown field"
                : "has the wrong type or value: " + jackson.getOriginalMessage();
        return validationProblem(List.of(new FieldError(field, message)));
    }

    private static ProblemDetail validationProblem(List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                errors.stream().map(FieldError::field).collect(Collectors.joining(", ", "invalid fields: ", "")));
        problem.setType(Problems.type("validation"));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static <T extends Throwable> @Nullable T causedBy(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}

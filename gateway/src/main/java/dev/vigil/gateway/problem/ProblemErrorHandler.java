package dev.vigil.gateway.problem;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Turns every error that escapes routing into problem+json: an unknown path is 404, a registry that
 * cannot be reached is 503 at once (a refused connection, not a hang), a registry too slow is 504.
 * Ordered before Boot's default handler, which would answer with its own JSON shape.
 */
@Component
@Order(-2)
class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        return ProblemResponses.write(exchange, toProblem(exchange, error));
    }

    private static ProblemDetail toProblem(ServerWebExchange exchange, Throwable error) {
        if (error instanceof ResponseStatusException status) {
            HttpStatus code = HttpStatus.valueOf(status.getStatusCode().value());
            String slug = code == HttpStatus.NOT_FOUND ? "not-found" : "http-" + code.value();
            return ProblemResponses.problem(code, slug, reasonOf(status, code), exchange);
        }
        if (causedBy(error, ConnectException.class)) {
            log.atWarn().addKeyValue("path", exchange.getRequest().getPath().value())
                    .addKeyValue("error", error.toString()).log("downstream unavailable");
            return ProblemResponses.problem(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                    "The service behind this path is not reachable right now; retry shortly.", exchange);
        }
        if (causedBy(error, TimeoutException.class)) {
            return ProblemResponses.problem(HttpStatus.GATEWAY_TIMEOUT, "gateway-timeout",
                    "The service behind this path did not answer in time.", exchange);
        }
        log.atError().setCause(error).addKeyValue("path", exchange.getRequest().getPath().value())
                .log("unexpected gateway error");
        return ProblemResponses.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
                "The gateway failed to handle this request.", exchange);
    }

    private static String reasonOf(ResponseStatusException status, HttpStatus code) {
        @Nullable String reason = status.getReason();
        return reason != null ? reason : code.getReasonPhrase();
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}

package dev.vigil.gateway.security;

import dev.vigil.gateway.problem.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 401 and 403 as problem+json, with the RFC 6750 challenge header a bearer-token client expects. */
final class ProblemSecurityResponses implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        boolean tokenPresent = exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                tokenPresent ? "Bearer error=\"invalid_token\"" : "Bearer");
        String detail = tokenPresent
                ? "The access token is not valid here: " + failure.getMessage()
                : "This API needs a bearer access token from Vigil's Keycloak realm.";
        return ProblemResponses.write(exchange,
                ProblemResponses.problem(HttpStatus.UNAUTHORIZED, "unauthorized", detail, exchange));
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return ProblemResponses.write(exchange, ProblemResponses.problem(HttpStatus.FORBIDDEN, "forbidden",
                "The access token does not allow this request.", exchange));
    }
}

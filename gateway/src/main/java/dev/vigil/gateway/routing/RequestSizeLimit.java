package dev.vigil.gateway.routing;

import dev.vigil.gateway.GatewayProperties;
import dev.vigil.gateway.problem.ProblemResponses;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses declared bodies above the configured size with 413 before authentication or routing
 * spend anything on them. Chunked bodies without a length are bounded again by the registry.
 */
@Component
@Order(-200)
class RequestSizeLimit implements WebFilter {

    private final long maxBytes;

    RequestSizeLimit(GatewayProperties properties) {
        this.maxBytes = properties.maxRequestSize().toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > maxBytes) {
            return ProblemResponses.write(exchange, ProblemResponses.problem(HttpStatus.CONTENT_TOO_LARGE,
                    "payload-too-large", "Request bodies are limited to " + maxBytes + " bytes.", exchange));
        }
        return chain.filter(exchange);
    }
}

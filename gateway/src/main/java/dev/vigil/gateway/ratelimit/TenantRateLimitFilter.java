package dev.vigil.gateway.ratelimit;

import dev.vigil.gateway.problem.ProblemResponses;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Spends one token of the caller's tenant per request; an empty bucket answers 429 problem+json with
 * {@code Retry-After}. The key is the validated token's subject, so a client cannot pick its bucket.
 */
public final class TenantRateLimitFilter implements GatewayFilter {

    static final String REMAINING_HEADER = "X-RateLimit-Remaining";

    private final TenantRateLimiter limiter;
    private final Counter rejected;

    TenantRateLimitFilter(TenantRateLimiter limiter, MeterRegistry meters) {
        this.limiter = limiter;
        this.rejected = Counter.builder("vigil.gateway.rate.limited")
                .description("Requests refused with 429 because the tenant's bucket was empty")
                .register(meters);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        // Mono<Void> completes empty on success, so the decision is wrapped to tell "no tenant" from "done".
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(principal -> ((JwtAuthenticationToken) principal).getToken().getSubject())
                .flatMap(limiter::tryAcquire)
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(decision -> decision.map(d -> apply(d, exchange, chain)).orElseGet(() -> chain.filter(exchange)));
    }

    private Mono<Void> apply(RateLimitDecision decision, ServerWebExchange exchange, GatewayFilterChain chain) {
        if (decision.allowed()) {
            exchange.getResponse().getHeaders().set(REMAINING_HEADER, String.valueOf(decision.remaining()));
            return chain.filter(exchange);
        }
        rejected.increment();
        long seconds = Math.max(1, (long) Math.ceil(decision.retryAfter().toMillis() / 1000d));
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        return ProblemResponses.write(exchange, ProblemResponses.problem(HttpStatus.TOO_MANY_REQUESTS,
                "rate-limited", "Too many requests for this account; retry after " + seconds + " s.", exchange));
    }
}

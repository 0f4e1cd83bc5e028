package dev.vigil.gateway.routing;

import dev.vigil.gateway.GatewayProperties;
import java.util.List;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Removes every header a client could use to claim an identity before any request leaves the
 * gateway: downstream services must know the tenant only from the validated token it relays.
 */
@Component
class IdentityHeaderStripping implements GlobalFilter, Ordered {

    private final List<String> headers;

    IdentityHeaderStripping(GatewayProperties properties) {
        this.headers = List.copyOf(properties.identityHeaders());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        var request = exchange.getRequest().mutate().headers(h -> headers.forEach(h::remove)).build();
        return chain.filter(exchange.mutate().request(request).build());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}

package dev.vigil.gateway.live;

import dev.vigil.gateway.GatewayProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;

/**
 * {@code GET /api/v1/live}: a tenant's own monitor state changes and alerts as Server-Sent Events.
 * The tenant is the token's subject; events of other tenants never reach the stream. A stream ends when the token
 * that opened it expires, because the token is checked only once, when the stream opens: the client reconnects with
 * a fresh one. A tenant may hold a bounded number of streams at once; beyond it the answer is 429.
 */
@RestController
class LiveStream {

    private static final Logger log = LoggerFactory.getLogger(LiveStream.class);

    private final LiveEventFeed feed;
    private final LiveStreamQuota quota;
    private final Clock clock;
    private final Duration heartbeat;
    private final int bufferSize;
    private final Counter refused;

    LiveStream(LiveEventFeed feed, LiveStreamQuota quota, GatewayProperties properties, Clock clock,
            MeterRegistry meters) {
        this.feed = feed;
        this.quota = quota;
        this.clock = clock;
        this.heartbeat = properties.live().heartbeat();
        this.bufferSize = properties.live().bufferSize();
        this.refused = Counter.builder("vigil.gateway.live.refused")
                .description("Live streams refused with 429 because the tenant already had the most allowed open")
                .register(meters);
    }

    @GetMapping(path = "/api/v1/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<String>> live(@AuthenticationPrincipal Jwt token) {
        String tenant = token.getSubject();
        // Deferred, so the place is taken when the response subscribes and given back however the stream ends.
        return Flux.defer(() -> {
            if (!quota.tryOpen(tenant)) {
                refused.increment();
                log.atInfo().addKeyValue("tenant", tenant).addKeyValue("limit", quota.maxPerTenant())
                        .log("live stream refused: tenant at its stream limit");
                return Flux.error(new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS,
                        "This account already has %d live streams open, the most allowed; close one first."
                                .formatted(quota.maxPerTenant())));
            }
            return stream(tenant, untilExpiry(token)).doFinally(signal -> quota.close(tenant));
        });
    }

    private Flux<ServerSentEvent<String>> stream(String tenant, Duration lifetime) {
        Flux<ServerSentEvent<String>> events = feed.events()
                .filter(event -> event.tenant().equals(tenant))
                // A slow browser loses its oldest events rather than holding up the shared feed.
                .onBackpressureBuffer(bufferSize, dropped -> { }, BufferOverflowStrategy.DROP_OLDEST)
                .map(event -> ServerSentEvent.builder(event.json()).event(event.type().eventName()).id(event.id()).build());
        Flux<ServerSentEvent<String>> keepAlive = Flux.interval(heartbeat)
                .map(tick -> ServerSentEvent.<String>builder().comment("keep-alive").build());
        return Flux.merge(events, keepAlive).take(lifetime);
    }

    /** A token without an expiry is not one Keycloak issues; such a stream ends at once rather than never. */
    private Duration untilExpiry(Jwt token) {
        Instant expiresAt = token.getExpiresAt();
        if (expiresAt == null) {
            return Duration.ZERO;
        }
        Duration remaining = Duration.between(clock.instant(), expiresAt);
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }
}

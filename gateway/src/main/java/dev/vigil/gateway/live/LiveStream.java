package dev.vigil.gateway.live;

import dev.vigil.gateway.GatewayProperties;
import java.time.Duration;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;

/**
 * {@code GET /api/v1/live}: a tenant's own monitor state changes and alerts as Server-Sent Events.
 * The tenant is the token's subject; events of other tenants never reach the stream.
 */
@RestController
class LiveStream {

    private final LiveEventFeed feed;
    private final Duration heartbeat;
    private final int bufferSize;

    LiveStream(LiveEventFeed feed, GatewayProperties properties) {
        this.feed = feed;
        this.heartbeat = properties.live().heartbeat();
        this.bufferSize = properties.live().bufferSize();
    }

    @GetMapping(path = "/api/v1/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<String>> live(@AuthenticationPrincipal Jwt token) {
        String tenant = token.getSubject();
        Flux<ServerSentEvent<String>> events = feed.events()
                .filter(event -> event.tenant().equals(tenant))
                // A slow browser loses its oldest events rather than holding up the shared feed.
                .onBackpressureBuffer(bufferSize, dropped -> { }, BufferOverflowStrategy.DROP_OLDEST)
                .map(event -> ServerSentEvent.builder(event.json()).event(event.type().eventName()).id(event.id()).build());
        Flux<ServerSentEvent<String>> keepAlive = Flux.interval(heartbeat)
                .map(tick -> ServerSentEvent.<String>builder().comment("keep-alive").build());
        return Flux.merge(events, keepAlive);
    }
}

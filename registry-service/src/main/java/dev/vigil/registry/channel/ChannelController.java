package dev.vigil.registry.channel;

import dev.vigil.registry.security.CurrentTenant;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The notification channels API, scoped to the token's tenant. */
@RestController
@RequestMapping("/api/v1/channels")
class ChannelController {

    private final ChannelService service;

    ChannelController(ChannelService service) {
        this.service = service;
    }

    @PostMapping
    ResponseEntity<ChannelView> create(@AuthenticationPrincipal Jwt jwt, @RequestBody ChannelRequest request) {
        ChannelView created = service.create(CurrentTenant.of(jwt), request);
        return ResponseEntity.created(URI.create("/api/v1/channels/" + created.id())).body(created);
    }

    @GetMapping
    List<ChannelView> list(@AuthenticationPrincipal Jwt jwt) {
        return service.list(CurrentTenant.of(jwt));
    }

    @GetMapping("/{id}")
    ChannelView get(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        return service.get(CurrentTenant.of(jwt), id);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        service.delete(CurrentTenant.of(jwt), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/rotate-secret")
    ChannelView rotate(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        return service.rotate(CurrentTenant.of(jwt), id);
    }

    @PostMapping("/{id}/test")
    ResponseEntity<Void> test(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        service.test(CurrentTenant.of(jwt), id);
        return ResponseEntity.accepted().build();
    }
}

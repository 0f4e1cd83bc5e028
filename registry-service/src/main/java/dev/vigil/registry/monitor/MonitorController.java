package dev.vigil.registry.monitor;

import dev.vigil.contracts.monitor.CheckKind;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.registry.RegistryProperties;
import dev.vigil.registry.security.CurrentTenant;
import dev.vigil.registry.web.FieldError;
import dev.vigil.registry.web.InvalidRequestException;
import dev.vigil.registry.web.PageRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The monitors API; the tenant always comes from the token, and answers are the monitor's contract snapshot. */
@RestController
@RequestMapping("/api/v1/monitors")
class MonitorController {

    private static final String ACTIVE = "active";
    private static final String PAUSED = "paused";

    private final MonitorService service;
    private final RegistryProperties.Api api;

    MonitorController(MonitorService service, RegistryProperties properties) {
        this.service = service;
        this.api = properties.api();
    }

    @PostMapping
    ResponseEntity<MonitorSnapshot> create(@AuthenticationPrincipal Jwt jwt, @RequestBody MonitorRequest request) {
        MonitorSnapshot created = service.create(CurrentTenant.of(jwt), request);
        return ResponseEntity.created(URI.create("/api/v1/monitors/" + created.id())).body(created);
    }

    @GetMapping
    MonitorPage list(@AuthenticationPrincipal Jwt jwt,
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) @Nullable Integer size) {
        List<FieldError> errors = new ArrayList<>();
        Boolean enabled = enabled(state, errors);
        CheckKind checkKind = kind(kind, errors);
        PageRequest asked = PageRequest.of(page, size, api.defaultPageSize(), api.maxPageSize(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return service.list(CurrentTenant.of(jwt), enabled, checkKind, asked.page(), asked.size());
    }

    @GetMapping("/{id}")
    MonitorSnapshot get(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        return service.get(CurrentTenant.of(jwt), id);
    }

    @PatchMapping("/{id}")
    MonitorSnapshot patch(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
            @RequestBody MonitorRequest patch) {
        return service.patch(CurrentTenant.of(jwt), id, patch);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        service.delete(CurrentTenant.of(jwt), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/pause")
    MonitorSnapshot pause(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        return service.pause(CurrentTenant.of(jwt), id);
    }

    @PostMapping("/{id}/resume")
    MonitorSnapshot resume(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        return service.resume(CurrentTenant.of(jwt), id);
    }

    private static @Nullable Boolean enabled(@Nullable String state, List<FieldError> errors) {
        if (state == null) {
            return null;
        }
        return switch (state) {
            case ACTIVE -> true;
            case PAUSED -> false;
            default -> {
                errors.add(new FieldError("state", "must be active or paused"));
                yield null;
            }
        };
    }

    private static @Nullable CheckKind kind(@Nullable String kind, List<FieldError> errors) {
        if (kind == null) {
            return null;
        }
        return Arrays.stream(CheckKind.values())
                .filter(candidate -> candidate.name().equalsIgnoreCase(kind))
                .findFirst()
                .orElseGet(() -> {
                    errors.add(new FieldError("kind", "must be one of http, keyword, tcp, dns, tls"));
                    return null;
                });
    }
}

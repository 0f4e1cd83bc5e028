package dev.vigil.registry.readmodel;

import dev.vigil.registry.RegistryProperties;
import dev.vigil.registry.security.CurrentTenant;
import dev.vigil.registry.web.FieldError;
import dev.vigil.registry.web.InvalidRequestException;
import dev.vigil.registry.web.PageRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/overview}: the caller's monitors with their current state and recent latency, filtered and
 * paged, for a dashboard that lists them all.
 */
@RestController
class OverviewController {

    private final OverviewQueries queries;
    private final RegistryProperties.Api api;
    private final Clock clock;

    OverviewController(OverviewQueries queries, RegistryProperties properties, Clock clock) {
        this.queries = queries;
        this.api = properties.api();
        this.clock = clock;
    }

    @GetMapping("/api/v1/overview")
    OverviewPage overview(@AuthenticationPrincipal Jwt jwt,
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) @Nullable Integer size) {
        List<FieldError> errors = new ArrayList<>();
        OverviewFilter filter = OverviewFilter.of(state, kind, name, errors);
        PageRequest asked = PageRequest.of(page, size, api.defaultPageSize(), api.maxPageSize(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return queries.page(CurrentTenant.of(jwt), filter, asked.page(), asked.size(), clock.instant());
    }
}

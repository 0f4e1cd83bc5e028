package dev.vigil.gateway.routing;

import dev.vigil.gateway.GatewayProperties;
import dev.vigil.gateway.ratelimit.TenantRateLimitFilter;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The public API is the registry's: everything under {@code /api/v1} goes there, rate limited per
 * tenant; the registry's OpenAPI document is republished for the docs UI. Paths the gateway serves
 * itself (the live stream) are controllers, which Spring matches before these routes.
 */
@Configuration(proxyBeanMethods = false)
class RegistryRoutes {

    static final String REGISTRY_OPENAPI_PATH = "/v3/api-docs";
    static final String PUBLISHED_OPENAPI_PATH = "/api/docs/openapi.json";

    @Bean
    RouteLocator registryRouteLocator(RouteLocatorBuilder routes, GatewayProperties properties,
            TenantRateLimitFilter rateLimit) {
        String registry = properties.registryUri().toString();
        return routes.routes()
                .route("registry-openapi", route -> route.path(PUBLISHED_OPENAPI_PATH)
                        .filters(filters -> filters.setPath(REGISTRY_OPENAPI_PATH))
                        .uri(registry))
                .route("registry-api", route -> route.path("/api/v1/**")
                        .filters(filters -> filters.filter(rateLimit))
                        .uri(registry))
                .build();
    }
}

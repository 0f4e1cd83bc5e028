package dev.vigil.gateway.routing;

import dev.vigil.gateway.GatewayProperties;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The web console is served through the same public entry as the API: {@code /} and the console's own paths go
 * to the console service, which signs users in itself. Listed path by path rather than as a catch-all, so the
 * API ({@code /api/**}), the docs UI's {@code /webjars/**} and Actuator stay the gateway's and the registry's.
 * The browser's Host header is passed on, so the console builds its sign-in redirect URIs for the host the browser
 * used (the gateway adds X-Forwarded-* only for proxies listed in Spring Cloud Gateway's trusted-proxies).
 */
@Configuration(proxyBeanMethods = false)
class ConsoleRoutes {

    static final String[] CONSOLE_PATHS = {"/", "/monitors", "/monitors/**", "/channels", "/channels/**",
            "/maintenance", "/maintenance/**", "/live", "/assets/**", "/login/**", "/oauth2/**", "/logout",
            "/signed-out"};

    @Bean
    RouteLocator consoleRouteLocator(RouteLocatorBuilder routes, GatewayProperties properties) {
        return routes.routes()
                .route("console", route -> route.path(CONSOLE_PATHS)
                        .filters(filters -> filters.preserveHostHeader())
                        .uri(properties.consoleUri().toString()))
                .build();
    }
}

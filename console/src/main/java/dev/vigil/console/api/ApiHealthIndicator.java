package dev.vigil.console.api;

import dev.vigil.console.ConsoleProperties;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code api} in the console's health: whether the API it reads answers its own readiness probe. Part of the
 * overall health an operator looks at, not of the readiness group, so a registry outage shows on the console's
 * health page without taking the console (and its sign-out and error pages) out of the load balancer.
 */
@Component("api")
class ApiHealthIndicator implements HealthIndicator {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final URI readiness;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    ApiHealthIndicator(ConsoleProperties properties) {
        this.readiness = properties.apiUri().resolve("/actuator/health/readiness");
    }

    @Override
    public Health health() {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(readiness).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            Health.Builder health = response.statusCode() == 200 ? Health.up() : Health.down();
            return health.withDetail("uri", readiness.toString()).withDetail("status", response.statusCode()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down().withDetail("uri", readiness.toString()).build();
        } catch (IOException e) {
            return Health.down().withDetail("uri", readiness.toString()).withDetail("error", e.toString()).build();
        }
    }
}

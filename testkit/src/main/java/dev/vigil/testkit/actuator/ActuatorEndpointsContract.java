package dev.vigil.testkit.actuator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every Vigil service promises its operators: liveness and readiness for Kubernetes probes
 * and Prometheus metrics. A service's test extends this with {@code @SpringBootTest(webEnvironment
 * = RANDOM_PORT)} so the promise is checked over real HTTP, the way a kubelet or Prometheus asks.
 */
public abstract class ActuatorEndpointsContract {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final int OK = 200;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(REQUEST_TIMEOUT).build();

    @LocalServerPort
    private int port;

    @Test
    protected void livenessProbeAnswersUp() throws Exception {
        HttpResponse<String> response = get("/actuator/health/liveness");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(OK);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    protected void readinessProbeAnswersUp() throws Exception {
        HttpResponse<String> response = get("/actuator/health/readiness");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(OK);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    protected void prometheusEndpointExportsJvmMetricsTaggedWithTheApplication() throws Exception {
        HttpResponse<String> response = get("/actuator/prometheus");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(OK);
        assertThat(response.body()).contains("jvm_memory_used_bytes{").contains("application=\"");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(REQUEST_TIMEOUT)
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}

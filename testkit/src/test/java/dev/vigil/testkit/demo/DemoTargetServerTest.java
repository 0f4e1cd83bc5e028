package dev.vigil.testkit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DemoTargetServerTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final DemoTargetServer demo = DemoTargetServer.start(0, Duration.ofMillis(200), Duration.ofHours(1));

    @AfterEach
    void stop() {
        demo.close();
    }

    @Test
    void healthyAnswers200WithJson() throws Exception {
        HttpResponse<String> response = get("/healthy");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"ok\"");
    }

    @Test
    void slowAnswersOnlyAfterItsDelay() throws Exception {
        long started = System.nanoTime();

        assertThat(get("/slow").statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    @Test
    void downFailsUntilSwitchedUpAndFailsAgainWhenSwitchedDown() throws Exception {
        assertThat(get("/down").statusCode()).isEqualTo(503);

        put("/control/down", "up");
        assertThat(get("/down").statusCode()).isEqualTo(200);

        put("/control/down", "down");
        assertThat(get("/down").statusCode()).isEqualTo(503);
    }

    @Test
    void theControlEndpointRefusesAnythingButUpOrDown() throws Exception {
        assertThat(put("/control/down", "sideways").statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(demo.uri() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> put(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(demo.uri() + path)).PUT(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}

package dev.vigil.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.testkit.kafka.WithKafka;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The counter the fail-open alert rule watches is exported from the start, at zero, whatever the bucket store: a
 * rule over a series that does not exist can neither fire nor be checked against what the gateway exports.
 */
@WithKafka
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RateLimitStoreErrorsExportedTest {

    @LocalServerPort
    private int port;

    @Test
    void theFailOpenCounterIsExportedAtZeroWithTheDefaultInMemoryStore() throws Exception {
        HttpResponse<String> scrape = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(scrape.body()).containsPattern("(?m)^vigil_gateway_rate_limit_store_errors_total\\{.*} 0\\.0$");
    }
}

package dev.vigil.probe.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vigil.testkit.kafka.WithKafka;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A consumer setting Kafka refuses makes the intake loop fail at once, as any unexpected error would. */
@WithKafka
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.kafka.consumer.properties.max.poll.records=-1")
class IntakeLivenessIntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @LocalServerPort
    private int port;

    @Test
    void anIntakeLoopEndedByAnUnexpectedErrorFailsTheLivenessProbe() {
        HttpClient http = HttpClient.newHttpClient();
        var liveness = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/liveness")).build();

        await().atMost(TIMEOUT).untilAsserted(() -> {
            HttpResponse<String> response = http.send(liveness, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).contains("\"status\":\"DOWN\"");
        });
    }
}

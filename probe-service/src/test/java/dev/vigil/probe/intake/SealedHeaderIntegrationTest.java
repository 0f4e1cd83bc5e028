package dev.vigil.probe.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.monitor.CheckSpec;
import dev.vigil.contracts.monitor.HttpCheck;
import dev.vigil.contracts.monitor.HttpMethod;
import dev.vigil.contracts.probe.ProbeRequest;
import dev.vigil.contracts.secret.Sealer;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.probe.support.Checks;
import dev.vigil.probe.support.TestProbeProperties;
import dev.vigil.testkit.http.RecordedRequest;
import dev.vigil.testkit.http.RecordingHttpServer;
import dev.vigil.testkit.kafka.KafkaBroker;
import dev.vigil.testkit.kafka.WithKafka;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Check header values reach the probe sealed on the probe-requests topic (only the registry and the probe hold the
 * check key), and the probe sends them in clear to the target and nowhere else.
 */
@WithKafka
@SpringBootTest(properties = {
    "vigil.probe.egress.allowed-cidrs=127.0.0.0/8",
    "vigil.probe.intake.group-id=probe-sealed-header-it",
    "vigil.probe.check-secret-key=" + TestProbeProperties.CHECK_KEY
})
class SealedHeaderIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final KafkaBroker broker = KafkaBroker.shared();
    private static RecordingHttpServer target;

    @BeforeAll
    static void startTargetAndTopic() {
        broker.createTopics(List.of(new NewTopic(Topics.PROBE_REQUESTS.name(), Topics.PROBE_REQUESTS.partitions(),
                (short) 1)));
        target = RecordingHttpServer.start();
    }

    @AfterAll
    static void stopTarget() {
        target.close();
    }

    @Test
    void aSealedAuthorizationHeaderIsOpenedAndSentToTheTargetInClear() {
        String token = "Bearer s3cret-" + UUID.randomUUID();
        String path = "/private-" + UUID.randomUUID();
        String sealed = Sealer.fromBase64Key(TestProbeProperties.CHECK_KEY).seal(token);
        var http = new HttpCheck(HttpMethod.GET, Map.of("Authorization", sealed, "Accept", "text/plain"), null,
                List.of(), false, HttpCheck.DEFAULT_MAX_BODY_BYTES);

        send(Checks.http("http://127.0.0.1:" + target.port() + path, http));

        RecordedRequest received = target.awaitRequests(1, WAIT).stream()
                .filter(request -> request.path().equals(path)).findFirst().orElseThrow();
        assertThat(received.header("Authorization")).hasValue(token);
        assertThat(received.header("Accept")).as("a value from before sealing passes as it is").hasValue("text/plain");
    }

    private static void send(CheckSpec check) {
        Instant now = Instant.now();
        var request = new ProbeRequest(UUID.randomUUID(), "tenant-a", 1, "local", now, now.plus(Duration.ofMinutes(1)),
                check);
        broker.send(Topics.PROBE_REQUESTS.name(), Topics.PROBE_REQUESTS.keySerde().serializer(),
                Topics.PROBE_REQUESTS.valueSerde().serializer(), request.monitorId(), request);
    }
}

package dev.vigil.testkit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ScriptedWebhookReceiverTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final ScriptedWebhookReceiver receiver = ScriptedWebhookReceiver.startOn("127.0.0.1");
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void eachRequestGetsTheNextScriptedAnswerAndTheLastRepeats() throws Exception {
        receiver.script("/flaky", WebhookAnswer.status(503), WebhookAnswer.status(204));

        assertThat(post("/flaky").statusCode()).isEqualTo(503);
        assertThat(post("/flaky").statusCode()).isEqualTo(204);
        assertThat(post("/flaky").statusCode()).isEqualTo(204);
    }

    @Test
    void anUnscriptedPathIsAnswered200() throws Exception {
        assertThat(post("/anything").statusCode()).isEqualTo(200);
    }

    @Test
    void aRedirectCarriesItsLocation() throws Exception {
        receiver.script("/moved", WebhookAnswer.redirect(301, "http://169.254.169.254/latest/meta-data/"));

        HttpResponse<Void> response = post("/moved");

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).contains("http://169.254.169.254/latest/meta-data/");
    }

    @Test
    void aDelayedAnswerComesNoSoonerThanItsDelay() throws Exception {
        receiver.script("/slow", WebhookAnswer.after(Duration.ofMillis(700), 202));
        long started = System.nanoTime();

        HttpResponse<Void> response = post("/slow");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(700));
    }

    @Test
    void aHangGivesNoAnswer() {
        receiver.script("/stalled", WebhookAnswer.hang());
        var request = request("/stalled").timeout(Duration.ofSeconds(1)).build();

        assertThatThrownBy(() -> http.send(request, HttpResponse.BodyHandlers.discarding()))
                .isInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void releasingHangsClosesTheirConnectionsWithoutAnAnswer() {
        receiver.script("/stalled", WebhookAnswer.hang());
        CompletableFuture<HttpResponse<Void>> pending = postAsync("/stalled");
        receiver.awaitRequestsTo("/stalled", 1, WAIT);

        receiver.releaseHangs();

        await().atMost(WAIT).until(pending::isDone);
        assertThat(pending).isCompletedExceptionally();
    }

    @Test
    void closingTheReceiverEndsItsHangs() {
        receiver.script("/stalled", WebhookAnswer.hang());
        CompletableFuture<HttpResponse<Void>> pending = postAsync("/stalled");
        receiver.awaitRequestsTo("/stalled", 1, WAIT);

        receiver.close();

        await().atMost(WAIT).until(pending::isDone);
        assertThat(pending).isCompletedExceptionally();
    }

    @Test
    void everyRequestIsRecordedWithItsRawBodyHeadersAndReceiveTime() throws Exception {
        Instant before = Instant.now();

        http.send(request("/signed").header("Webhook-Id", "msg-1").build(), HttpResponse.BodyHandlers.discarding());

        ReceivedWebhook received = receiver.requestsTo("/signed").getFirst();
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.body()).isEqualTo("{\"n\":1}".getBytes(StandardCharsets.UTF_8));
        assertThat(received.header("webhook-id")).isEqualTo("msg-1");
        assertThat(received.receivedAt()).isBetween(before, Instant.now());
    }

    private HttpResponse<Void> post(String path) throws IOException, InterruptedException {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.discarding());
    }

    private CompletableFuture<HttpResponse<Void>> postAsync(String path) {
        return http.sendAsync(request(path).build(), HttpResponse.BodyHandlers.discarding());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(receiver.url(path)))
                .POST(HttpRequest.BodyPublishers.ofString("{\"n\":1}"));
    }
}

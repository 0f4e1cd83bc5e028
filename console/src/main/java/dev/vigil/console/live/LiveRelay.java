package dev.vigil.console.live;

import dev.vigil.console.ConsoleProperties;
import dev.vigil.console.status.StatusSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opens the gateway's live stream with the user's token and passes each status event on as the rendered cells
 * of that monitor's overview row, one SSE event per cell. The browser never sees a token or raw JSON.
 */
@Component
class LiveRelay {

    private static final Logger log = LoggerFactory.getLogger(LiveRelay.class);
    private static final String STATUS_EVENT = "status";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private final URI liveUri;
    private final StatusFragments fragments;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();
    private final AtomicInteger open;

    LiveRelay(ConsoleProperties properties, StatusFragments fragments, MeterRegistry meters) {
        this.liveUri = properties.liveUri();
        this.fragments = fragments;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
        this.open = meters.gauge("vigil.console.live.streams", new AtomicInteger());
    }

    void open(String token, SseEmitter emitter) {
        Thread relay = Thread.ofVirtual().name("live-relay").unstarted(() -> relay(token, emitter));
        emitter.onCompletion(relay::interrupt);
        emitter.onTimeout(relay::interrupt);
        emitter.onError(error -> relay.interrupt());
        relay.start();
    }

    private void relay(String token, SseEmitter emitter) {
        open.incrementAndGet();
        var request = HttpRequest.newBuilder(liveUri).header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream").GET().build();
        try {
            HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                log.atWarn().addKeyValue("status", response.statusCode()).log("live stream refused by the gateway");
                response.body().close();
                emitter.complete();
                return;
            }
            log.atDebug().log("live stream opened");
            try (Stream<String> lines = response.body()) {
                forward(lines.iterator(), emitter);
            }
            emitter.complete();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            // The browser went away or the gateway closed the stream: the browser's EventSource reconnects.
            log.atDebug().addKeyValue("error", e.toString()).log("live stream ended");
            emitter.complete();
        } finally {
            open.decrementAndGet();
        }
    }

    private void forward(Iterator<String> lines, SseEmitter emitter) throws IOException {
        String event = null;
        StringBuilder data = new StringBuilder();
        while (lines.hasNext() && !Thread.currentThread().isInterrupted()) {
            String line = lines.next();
            if (line.isEmpty()) {
                if (STATUS_EVENT.equals(event) && !data.isEmpty()) {
                    sendStatus(emitter, json.readTree(data.toString()));
                }
                event = null;
                data.setLength(0);
            } else if (line.startsWith(":")) {
                emitter.send(SseEmitter.event().comment("keep-alive"));
            } else if (line.startsWith("event:")) {
                event = line.substring("event:".length()).strip();
            } else if (line.startsWith("data:")) {
                data.append(line.substring("data:".length()).stripLeading());
            }
        }
    }

    private void sendStatus(SseEmitter emitter, JsonNode status) throws IOException {
        StatusSummary summary = StatusSummary.from(status);
        for (Map.Entry<String, String> cell : StatusFragments.EVENTS.entrySet()) {
            emitter.send(SseEmitter.event().name(cell.getValue() + summary.monitorId())
                    .data(fragments.render(cell.getKey(), summary)));
        }
    }
}

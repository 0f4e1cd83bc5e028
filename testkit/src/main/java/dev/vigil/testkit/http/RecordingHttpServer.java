package dev.vigil.testkit.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.awaitility.Awaitility;

/**
 * A real HTTP server on a free loopback port that records every request and answers with what the
 * test told it to: the upstream of a gateway test, a webhook receiver, a probe target.
 */
public final class RecordingHttpServer implements AutoCloseable {

    private static final Response DEFAULT = new Response(200, "application/json", "{}");

    private final HttpServer server;
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Response> responses = new ConcurrentHashMap<>();

    private RecordingHttpServer(HttpServer server) {
        this.server = server;
    }

    public static RecordingHttpServer start() {
        try {
            var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            var recording = new RecordingHttpServer(server);
            server.createContext("/", recording::handle);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return recording;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start a loopback HTTP server", e);
        }
    }

    public URI uri() {
        return URI.create("http://localhost:" + server.getAddress().getPort());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Answers requests to exactly this path with the given status and body from now on. */
    public void respond(String path, int status, String contentType, String body) {
        responses.put(path, new Response(status, contentType, body));
    }

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** Waits until at least {@code count} requests arrived and returns them; fails naming what did. */
    public List<RecordedRequest> awaitRequests(int count, Duration timeout) {
        Awaitility.await().atMost(timeout)
                .untilAsserted(() -> assertThat(requests).as("requests received").hasSizeGreaterThanOrEqualTo(count));
        return requests();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()), body));
            Response response = responses.getOrDefault(exchange.getRequestURI().getPath(), DEFAULT);
            byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", response.contentType());
            exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private record Response(int status, String contentType, String body) {
    }
}

package dev.vigil.testkit.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;

/**
 * A real webhook receiver on a loopback address of the test's choosing (one the service's SSRF guard allows, or one
 * it must refuse), answering each request to a path with the next of the answers scripted for it (the last repeats;
 * unscripted paths get 200) and recording every request with the time it was read.
 */
public final class ScriptedWebhookReceiver implements AutoCloseable {

    /** The longest any answer is held back, so a forgotten hang cannot outlive the test run. */
    public static final Duration LONGEST_HANG = Duration.ofSeconds(90);

    private final HttpServer server;
    private final Map<String, Deque<WebhookAnswer>> scripts = new ConcurrentHashMap<>();
    private final List<ReceivedWebhook> requests = new CopyOnWriteArrayList<>();
    private final AtomicReference<CountDownLatch> hanging = new AtomicReference<>(new CountDownLatch(1));
    private final CountDownLatch closed = new CountDownLatch(1);

    private ScriptedWebhookReceiver(HttpServer server) {
        this.server = server;
    }

    /** Listens on a free port of {@code loopbackAddress}, for example {@code 127.0.0.1} or {@code 127.0.0.2}. */
    public static ScriptedWebhookReceiver startOn(String loopbackAddress) {
        try {
            var server = HttpServer.create(new InetSocketAddress(loopbackAddress, 0), 0);
            var receiver = new ScriptedWebhookReceiver(server);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.createContext("/", receiver::handle);
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start a webhook receiver on " + loopbackAddress, e);
        }
    }

    public String url(String path) {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + path;
    }

    /** Answers the next requests to {@code path} with these, one per request, repeating the last. */
    public void script(String path, WebhookAnswer... answers) {
        scripts.put(path, new ArrayDeque<>(List.of(answers)));
    }

    /** Ends every hang in progress: those connections close without an answer. Later hangs hang again. */
    public void releaseHangs() {
        hanging.getAndSet(new CountDownLatch(1)).countDown();
    }

    public List<ReceivedWebhook> requests() {
        return List.copyOf(requests);
    }

    public List<ReceivedWebhook> requestsTo(String path) {
        return requests.stream().filter(request -> request.path().equals(path)).toList();
    }

    /** Waits until at least {@code count} requests to {@code path} arrived and returns them; fails naming how many did. */
    public List<ReceivedWebhook> awaitRequestsTo(String path, int count, Duration timeout) {
        Awaitility.await(count + " requests to " + path).atMost(timeout)
                .untilAsserted(() -> assertThat(requestsTo(path)).hasSizeGreaterThanOrEqualTo(count));
        return requestsTo(path);
    }

    @Override
    public void close() {
        closed.countDown();
        hanging.get().countDown();
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            requests.add(new ReceivedWebhook(exchange.getRequestMethod(), path, exchange.getRequestHeaders().entrySet()
                    .stream().collect(Collectors.toMap(header -> header.getKey().toLowerCase(Locale.ROOT),
                            header -> header.getValue().getFirst())), body, Instant.now()));
            switch (next(path)) {
                case WebhookAnswer.Hang _ -> await(hanging.get(), LONGEST_HANG);
                case WebhookAnswer.Respond respond -> {
                    await(closed, respond.after().compareTo(LONGEST_HANG) < 0 ? respond.after() : LONGEST_HANG);
                    respond.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
                    exchange.sendResponseHeaders(respond.status(), -1);
                }
            }
        }
    }

    private WebhookAnswer next(String path) {
        Deque<WebhookAnswer> script = scripts.getOrDefault(path, new ArrayDeque<>(List.of(WebhookAnswer.status(200))));
        synchronized (script) {
            return script.size() > 1 ? script.poll() : script.getFirst();
        }
    }

    /** Waits for the latch or the time, whichever comes first; a closed receiver waits for nothing. */
    private void await(CountDownLatch latch, Duration longest) {
        if (closed.getCount() == 0) {
            return;
        }
        try {
            latch.await(longest.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

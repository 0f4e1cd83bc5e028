package dev.vigil.notifier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
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
import java.util.stream.Collectors;

/**
 * A real HTTP receiver on a loopback address (JDK HttpServer), answering each path with a scripted sequence of
 * responses (the last repeats) and recording every request it got.
 */
public final class Receiver implements AutoCloseable {

    /** How long a hanging answer waits at most, so a forgotten release cannot outlive the test run. */
    private static final Duration LONGEST_HANG = Duration.ofSeconds(90);

    private final HttpServer server;
    private final Map<String, Deque<Answer>> scripts = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    public Receiver(String loopbackAddress) throws IOException {
        server = HttpServer.create(new InetSocketAddress(loopbackAddress, 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    public String url(String path) {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + path;
    }

    /** Answers {@code path} with these, one per request, repeating the last. */
    public void script(String path, Answer... answers) {
        scripts.put(path, new ArrayDeque<>(List.of(answers)));
    }

    public List<Request> requestsTo(String path) {
        return requests.stream().filter(request -> request.path().equals(path)).toList();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] body = exchange.getRequestBody().readAllBytes();
        requests.add(new Request(path, exchange.getRequestHeaders().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().toLowerCase(Locale.ROOT),
                        e -> e.getValue().getFirst())), body, Instant.now()));
        Answer answer = next(path);
        if (answer.hang()) {
            try {
                release.await(LONGEST_HANG.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(answer.status(), -1);
        exchange.close();
    }

    private Answer next(String path) {
        Deque<Answer> script = scripts.getOrDefault(path, new ArrayDeque<>(List.of(Answer.status(200))));
        synchronized (script) {
            return script.size() > 1 ? script.poll() : script.getFirst();
        }
    }

    /** One scripted response: a status with headers, or no answer at all. */
    public record Answer(int status, Map<String, String> headers, boolean hang) {

        public static Answer status(int status) {
            return new Answer(status, Map.of(), false);
        }

        public static Answer status(int status, String header, String value) {
            return new Answer(status, Map.of(header, value), false);
        }

        public static Answer never() {
            return new Answer(0, Map.of(), true);
        }
    }

    /** What the receiver got, header names lower-cased. */
    public record Request(String path, Map<String, String> headers, byte[] body, Instant receivedAt) {

        public String header(String name) {
            return headers.get(name);
        }
    }
}

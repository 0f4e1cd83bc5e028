package dev.vigil.testkit.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Targets with known behaviour for the local stack and the end-to-end tests: {@code /healthy}
 * answers at once, {@code /slow} after a fixed delay, {@code /flaky} fails during every other
 * period of wall-clock time, and {@code /down} fails until it is switched back up with
 * {@code PUT /control/down} (body {@code up} or {@code down}).
 */
public final class DemoTargetServer implements AutoCloseable {

    private static final String JSON = "application/json";
    private static final String HEALTHY_BODY = "{\"status\":\"ok\",\"version\":\"1.4.2\",\"queueDepth\":3}";
    private static final int OK = 200;
    private static final int SERVER_ERROR = 500;
    private static final int UNAVAILABLE = 503;

    private final HttpServer server;
    private final Duration slowDelay;
    private final Duration flakyPeriod;
    private final Clock clock;
    private final AtomicBoolean downIsDown = new AtomicBoolean(true);

    private DemoTargetServer(HttpServer server, Duration slowDelay, Duration flakyPeriod, Clock clock) {
        this.server = server;
        this.slowDelay = slowDelay;
        this.flakyPeriod = flakyPeriod;
        this.clock = clock;
    }

    /** Starts on the given loopback port (0 for a free one). */
    public static DemoTargetServer start(int port, Duration slowDelay, Duration flakyPeriod) {
        try {
            var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            var demo = new DemoTargetServer(server, slowDelay, flakyPeriod, Clock.systemUTC());
            server.createContext("/healthy", exchange -> demo.answer(exchange, OK, HEALTHY_BODY));
            server.createContext("/slow", demo::slow);
            server.createContext("/flaky", demo::flaky);
            server.createContext("/down", exchange -> demo.answer(exchange,
                    demo.downIsDown.get() ? UNAVAILABLE : OK, demo.downIsDown.get() ? "{\"status\":\"down\"}" : HEALTHY_BODY));
            server.createContext("/control/down", demo::control);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return demo;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the demo target server", e);
        }
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Makes {@code /down} answer 200 again, or fail again. */
    public void setDown(boolean down) {
        downIsDown.set(down);
    }

    private void slow(HttpExchange exchange) throws IOException {
        LockSupport.parkNanos(slowDelay.toNanos());
        answer(exchange, OK, HEALTHY_BODY);
    }

    private void flaky(HttpExchange exchange) throws IOException {
        long period = clock.millis() / flakyPeriod.toMillis();
        boolean failing = period % 2 == 1;
        answer(exchange, failing ? SERVER_ERROR : OK, failing ? "{\"status\":\"error\"}" : HEALTHY_BODY);
    }

    private void control(HttpExchange exchange) throws IOException {
        String wanted = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!exchange.getRequestMethod().equals("PUT") || !(wanted.equals("up") || wanted.equals("down"))) {
            answer(exchange, 400, "{\"error\":\"PUT up or down\"}");
            return;
        }
        setDown(wanted.equals("down"));
        answer(exchange, OK, "{\"down\":" + downIsDown.get() + "}");
    }

    private void answer(HttpExchange exchange, int status, String body) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", JSON);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

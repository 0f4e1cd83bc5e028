package dev.vigil.bench.alert;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The monitored target of one trial: answers 200 "ok" and counts the probes it served, until it goes down (its
 * server closes, so further probes meet connection refused) — the same failure for Vigil and for its peer.
 */
final class Target {

    private static final byte[] OK = "ok".getBytes(StandardCharsets.US_ASCII);

    private final HttpServer server;
    private final AtomicInteger served = new AtomicInteger();
    private final AtomicBoolean up = new AtomicBoolean(true);

    private Target(HttpServer server) {
        this.server = server;
    }

    static Target start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        var target = new Target(server);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, OK.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(OK);
            }
            target.served.incrementAndGet();
        });
        server.start();
        return target;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Healthy probes answered so far. */
    int served() {
        return served.get();
    }

    /** Closes the server (once); returns the instant just before, which is when the target counts as down. */
    Instant goDown() {
        Instant down = Instant.now();
        if (up.getAndSet(false)) {
            server.stop(0);
        }
        return down;
    }
}

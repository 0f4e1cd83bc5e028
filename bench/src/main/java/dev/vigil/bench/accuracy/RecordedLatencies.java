package dev.vigil.bench.accuracy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

/**
 * A real latency distribution rather than a formula: the time of HTTP GETs on a fresh loopback connection each
 * (connect, request, full response), as a probe measures them, recorded for a bounded time on this loaded machine.
 */
final class RecordedLatencies {

    private static final byte[] BODY = "ok".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] REQUEST = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final double NANOS_PER_MILLI = 1e6;
    private static final int BUFFER = 1024;

    private RecordedLatencies() {
    }

    static double[] record(int maxCount, Duration limit) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, BODY.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(BODY);
            }
        });
        server.start();
        try {
            int port = server.getAddress().getPort();
            double[] millis = new double[maxCount];
            int count = 0;
            long stopAt = System.nanoTime() + limit.toNanos();
            var buffer = new byte[BUFFER];
            while (count < maxCount && System.nanoTime() < stopAt) {
                long started = System.nanoTime();
                try (var socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                    socket.getOutputStream().write(REQUEST);
                    InputStream in = socket.getInputStream();
                    while (in.read(buffer) != -1) {
                        continue;
                    }
                }
                millis[count++] = (System.nanoTime() - started) / NANOS_PER_MILLI;
            }
            return Arrays.copyOf(millis, count);
        } finally {
            server.stop(0);
        }
    }
}

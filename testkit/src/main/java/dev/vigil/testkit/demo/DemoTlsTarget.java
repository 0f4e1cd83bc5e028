package dev.vigil.testkit.demo;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.vigil.testkit.tls.TestCertificates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;

/**
 * The demo's TLS target: HTTPS on loopback with a certificate for {@code localhost} from a throwaway CA,
 * valid only for a short time, so a tls check sees a real handshake, a real chain and an expiry that is
 * close enough to warn about.
 */
public final class DemoTlsTarget implements AutoCloseable {

    /** The name in the certificate: tls monitors must dial it by this name for the hostname check to pass. */
    public static final String HOST = "localhost";
    private static final byte[] BODY = "{\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
    private static final int OK = 200;

    private final HttpsServer server;
    private final Instant notAfter;

    private DemoTlsTarget(HttpsServer server, Instant notAfter) {
        this.server = server;
        this.notAfter = notAfter;
    }

    /** Starts on the given loopback port (0 for a free one) with a certificate of {@code ca} valid for {@code validity}. */
    public static DemoTlsTarget start(int port, TestCertificates ca, Duration validity) {
        Instant now = Instant.now();
        Instant notAfter = now.plus(validity);
        try {
            var server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(ca.server(HOST, now.minus(Duration.ofHours(1)), notAfter)));
            server.createContext("/", exchange -> {
                try (exchange) {
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.sendResponseHeaders(OK, BODY.length);
                    exchange.getResponseBody().write(BODY);
                }
            });
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return new DemoTlsTarget(server, notAfter);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the demo TLS target", e);
        }
    }

    /** What a tls monitor's target is: {@code localhost:port}. */
    public String hostAndPort() {
        return HOST + ":" + server.getAddress().getPort();
    }

    public Instant certificateNotAfter() {
        return notAfter;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

package dev.vigil.bench.alert;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** The end of the alert path: records when each webhook arrived and what it said, answering 204 at once. */
final class WebhookReceiver implements AutoCloseable {

    record Delivery(Instant received, String body) {
    }

    private final HttpServer server;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    static WebhookReceiver start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        var receiver = new WebhookReceiver(server);
        server.createContext("/", exchange -> {
            Instant received = Instant.now();
            try (InputStream body = exchange.getRequestBody()) {
                receiver.deliveries.add(new Delivery(received,
                        new String(body.readAllBytes(), StandardCharsets.UTF_8)));
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        return receiver;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The first webhook whose body mentions the monitor. */
    Optional<Delivery> firstAbout(String monitorId) {
        return deliveries.stream().filter(delivery -> delivery.body().contains(monitorId)).findFirst();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

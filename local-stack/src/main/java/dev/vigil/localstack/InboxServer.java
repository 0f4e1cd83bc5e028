package dev.vigil.localstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.vigil.testkit.http.RecordingHttpServer;
import dev.vigil.testkit.mail.MailServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the notifier sent, readable over HTTP: the mail GreenMail caught at {@code /messages} and the
 * webhook calls the local receiver recorded at {@code /webhooks}, both as JSON, oldest first.
 */
final class InboxServer implements AutoCloseable {

    private static final int OK = 200;
    private static final int METHOD_NOT_ALLOWED = 405;

    private final HttpServer server;
    private final ObjectMapper json = JsonMapper.builder().build();

    private InboxServer(HttpServer server) {
        this.server = server;
    }

    static InboxServer start(int port, MailServer mail, RecordingHttpServer webhooks) {
        try {
            var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            var inbox = new InboxServer(server);
            server.createContext("/messages", exchange -> inbox.list(exchange, mail::received));
            server.createContext("/webhooks", exchange -> inbox.list(exchange, webhooks::requests));
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return inbox;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the inbox on port " + port, e);
        }
    }

    URI uri() {
        return URI.create("http://localhost:" + server.getAddress().getPort());
    }

    private void list(HttpExchange exchange, Supplier<?> items) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            if (!exchange.getRequestMethod().equals("GET")) {
                exchange.sendResponseHeaders(METHOD_NOT_ALLOWED, -1);
                return;
            }
            byte[] body = json.writerWithDefaultPrettyPrinter().writeValueAsString(items.get())
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(OK, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

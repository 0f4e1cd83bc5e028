package dev.vigil.testkit.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.testkit.http.RecordingHttpServer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TcpProxyTest {

    private final RecordingHttpServer server = RecordingHttpServer.start();
    private final TcpProxy proxy = TcpProxy.to("localhost", server.port());
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void stop() {
        proxy.close();
        server.close();
    }

    @Test
    void forwardsRequestsToTheServerBehindIt() throws Exception {
        server.respond("/ping", 200, "text/plain", "pong");

        assertThat(get("/ping").body()).isEqualTo("pong");
    }

    @Test
    void aCutProxyRefusesConnectionsOnItsPort() {
        proxy.cut();

        assertThatThrownBy(() -> new Socket("localhost", proxy.port()).close()).isInstanceOf(ConnectException.class);
    }

    @Test
    void aRestoredProxyForwardsAgainOnTheSamePort() throws Exception {
        server.respond("/ping", 200, "text/plain", "pong");
        int port = proxy.port();
        proxy.cut();

        proxy.restore();

        assertThat(proxy.port()).isEqualTo(port);
        assertThat(get("/ping").body()).isEqualTo("pong");
    }

    @Test
    void cuttingDropsConnectionsThatAreOpen() throws Exception {
        try (Socket socket = new Socket("localhost", proxy.port())) {
            proxy.cut();

            socket.setSoTimeout(5_000);
            assertThat(endsOrIsReset(socket)).isTrue();
        }
    }

    private static boolean endsOrIsReset(Socket socket) throws IOException {
        try {
            return socket.getInputStream().read() == -1;
        } catch (SocketException reset) {
            return true;
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + proxy.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

package dev.vigil.testkit.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@WithRedis
class RedisServerIntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Test
    void theSharedServerAnswersPing(RedisServer redis) throws IOException {
        assertThat(ping(redis)).isEqualTo("+PONG");
    }

    @Test
    void aStoppedServerRefusesConnectionsAndAnswersAgainOnTheSamePortWhenStarted() throws IOException {
        RedisServer redis = RedisServer.dedicated();
        try {
            redis.stop();
            assertThatThrownBy(() -> ping(redis)).isInstanceOf(ConnectException.class);

            redis.start();
            assertThat(ping(redis)).isEqualTo("+PONG");
        } finally {
            redis.stop();
        }
    }

    /** RESP by hand: an inline command, answered by a one-line simple string. */
    private static String ping(RedisServer redis) throws IOException {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(redis.host(), redis.port()), (int) TIMEOUT.toMillis());
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            var reply = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            return reply.readLine();
        }
    }
}

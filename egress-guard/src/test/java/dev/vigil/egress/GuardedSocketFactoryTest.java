package dev.vigil.egress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Guarded sockets refuse forbidden addresses at the moment of dialling, whatever path the address came by. */
class GuardedSocketFactoryTest {

    private static final InetAddress LOOPBACK = Addresses.literal("127.0.0.1");

    private final GuardedSocketFactory strict =
            new GuardedSocketFactory(new EgressGuard(EgressPolicy.strict(), FixedResolver.unreachable()));
    private final GuardedSocketFactory loopbackOpen = new GuardedSocketFactory(
            new EgressGuard(EgressPolicy.allowing("127.0.0.0/8"), FixedResolver.unreachable()));

    private ServerSocket server;

    @BeforeEach
    void startLoopbackServer() throws IOException {
        server = new ServerSocket(0, 1, LOOPBACK);
    }

    @AfterEach
    void stopLoopbackServer() throws IOException {
        server.close();
    }

    @Test
    void refusesToConnectAnUnconnectedSocketToAForbiddenAddress() throws IOException {
        try (Socket socket = strict.createSocket()) {
            assertThatExceptionOfType(BlockedTargetException.class)
                    .isThrownBy(() -> socket.connect(new InetSocketAddress(LOOPBACK, server.getLocalPort())))
                    .satisfies(e -> assertThat(e.range()).isEqualTo(ForbiddenRange.LOOPBACK));
            assertThat(socket.isConnected()).isFalse();
        }
    }

    @Test
    void refusesToCreateASocketToAForbiddenAddress() {
        assertThatExceptionOfType(BlockedTargetException.class)
                .isThrownBy(() -> strict.createSocket(LOOPBACK, server.getLocalPort()));
    }

    @Test
    void refusesAForbiddenHostName() {
        assertThatExceptionOfType(BlockedTargetException.class)
                .isThrownBy(() -> strict.createSocket("0x7f.1", server.getLocalPort()));
    }

    @Test
    void refusesAnUnresolvedEndpointInsteadOfResolvingIt() throws IOException {
        try (Socket socket = loopbackOpen.createSocket()) {
            assertThatExceptionOfType(UnknownHostException.class)
                    .isThrownBy(() -> socket.connect(InetSocketAddress.createUnresolved("localhost", 80)));
        }
    }

    @Test
    void connectsToAnAllowListedAddress() throws IOException {
        try (Socket socket = loopbackOpen.createSocket(LOOPBACK, server.getLocalPort())) {
            assertThat(socket.isConnected()).isTrue();
            assertThat(socket.getInetAddress()).isEqualTo(LOOPBACK);
        }
    }

    @Test
    void connectsToAnAllowListedHostNameThroughTheGuard() throws IOException {
        try (Socket socket = loopbackOpen.createSocket("localhost", server.getLocalPort())) {
            assertThat(socket.getInetAddress()).isEqualTo(LOOPBACK);
        }
    }
}

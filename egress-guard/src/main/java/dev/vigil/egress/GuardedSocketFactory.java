package dev.vigil.egress;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

import javax.net.SocketFactory;

/**
 * Sockets that check the address at the moment they dial it, the last line behind a client's DNS hook: some clients
 * skip that hook for IP-literal hosts (OkHttp dials "10.0.0.1" without consulting its {@code Dns}), and a redirect
 * may name such a host. Install it as the client's plain socket factory; TLS is layered over these sockets.
 */
public final class GuardedSocketFactory extends SocketFactory {

    private final EgressGuard guard;

    public GuardedSocketFactory(EgressGuard guard) {
        this.guard = guard;
    }

    @Override
    public Socket createSocket() {
        return new GuardedSocket(guard);
    }

    /** Resolves through the guard and dials the first allowed address. */
    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return createSocket(guard.resolve(host).getFirst(), port);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localAddress, int localPort) throws IOException {
        return createSocket(guard.resolve(host).getFirst(), port, localAddress, localPort);
    }

    @Override
    public Socket createSocket(InetAddress address, int port) throws IOException {
        Socket socket = createSocket();
        connect(socket, address, port);
        return socket;
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        Socket socket = createSocket();
        try {
            socket.bind(new InetSocketAddress(localAddress, localPort));
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        connect(socket, address, port);
        return socket;
    }

    private static void connect(Socket socket, InetAddress address, int port) throws IOException {
        try {
            socket.connect(new InetSocketAddress(address, port));
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }
}

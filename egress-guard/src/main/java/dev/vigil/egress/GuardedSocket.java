package dev.vigil.egress;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.UnknownHostException;

/**
 * A direct socket (never through a SOCKS proxy, which would resolve names on its own side) that asks the guard
 * before every connect; {@link Socket#connect(SocketAddress)} delegates here too.
 */
final class GuardedSocket extends Socket {

    private final EgressGuard guard;

    GuardedSocket(EgressGuard guard) {
        super(Proxy.NO_PROXY);
        this.guard = guard;
    }

    @Override
    public void connect(SocketAddress endpoint, int timeout) throws IOException {
        if (!(endpoint instanceof InetSocketAddress target) || target.getAddress() == null) {
            throw new UnknownHostException("refusing to dial an unresolved endpoint: " + endpoint);
        }
        guard.checkAddress(target.getAddress());
        super.connect(endpoint, timeout);
    }
}

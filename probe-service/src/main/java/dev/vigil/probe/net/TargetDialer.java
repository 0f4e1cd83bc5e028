package dev.vigil.probe.net;

import dev.vigil.contracts.probe.ProbeErrorKind;
import dev.vigil.egress.BlockedTargetException;
import dev.vigil.egress.EgressGuard;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Opens fresh TCP connections to targets. The host is resolved once, by the egress guard, and only the addresses it
 * returned are dialled, each checked again right before connecting, so no second lookup can be rebound to an
 * internal address between the check and the connect.
 */
public final class TargetDialer {

    private final EgressGuard guard;

    public TargetDialer(EgressGuard guard) {
        this.guard = guard;
    }

    /** Resolves, then connects to the first address that accepts; the socket is the caller's to close. */
    public Socket open(String host, int port, Deadline deadline, PhaseTimings timings) throws ProbeFailure {
        return connect(resolve(host, timings), host, port, deadline, timings);
    }

    List<InetAddress> resolve(String host, PhaseTimings timings) throws ProbeFailure {
        long start = System.nanoTime();
        try {
            return guard.resolve(host);
        } catch (BlockedTargetException blocked) {
            throw new ProbeFailure(ProbeErrorKind.BLOCKED_TARGET, blocked.getMessage(), blocked);
        } catch (UnknownHostException unknown) {
            throw new ProbeFailure(ProbeErrorKind.DNS_FAILURE, "could not resolve '" + host + "'", unknown);
        } finally {
            timings.addDns(System.nanoTime() - start);
        }
    }

    private Socket connect(List<InetAddress> addresses, String host, int port, Deadline deadline,
            PhaseTimings timings) throws ProbeFailure {
        ProbeFailure last = new ProbeFailure(ProbeErrorKind.DNS_FAILURE, "'" + host + "' has no address", null);
        for (InetAddress address : addresses) {
            checkAllowed(host, address);
            var socket = new Socket();
            long start = System.nanoTime();
            try {
                socket.setTcpNoDelay(true);
                socket.connect(new InetSocketAddress(address, port), deadline.remainingMillis());
                timings.addConnect(System.nanoTime() - start);
                return socket;
            } catch (IOException failed) {
                timings.addConnect(System.nanoTime() - start);
                closeQuietly(socket);
                last = classify(failed, address, port);
                if (deadline.passed()) {
                    break;
                }
            }
        }
        throw last;
    }

    private void checkAllowed(String host, InetAddress address) throws ProbeFailure {
        try {
            guard.checkAddress(address);
        } catch (BlockedTargetException blocked) {
            throw new ProbeFailure(ProbeErrorKind.BLOCKED_TARGET,
                    "egress to '" + host + "' (" + address.getHostAddress() + ") refused", blocked);
        }
    }

    private static ProbeFailure classify(IOException failed, InetAddress address, int port) {
        String where = address.getHostAddress() + " port " + port;
        return switch (failed) {
            case SocketTimeoutException timeout ->
                    new ProbeFailure(ProbeErrorKind.CONNECT_TIMEOUT, "connect to " + where + " timed out", timeout);
            case ConnectException refused ->
                    new ProbeFailure(ProbeErrorKind.CONNECT_REFUSED, "connect to " + where + " refused", refused);
            default -> new ProbeFailure(ProbeErrorKind.NETWORK_ERROR,
                    "connect to " + where + " failed: " + failed.getMessage(), failed);
        };
    }

    public static void closeQuietly(@Nullable Socket socket) {
        if (socket == null) {
            return;
        }
        try {
            socket.close();
        } catch (IOException alreadyBroken) {
            // Nothing left to release: the socket is unusable either way.
        }
    }
}

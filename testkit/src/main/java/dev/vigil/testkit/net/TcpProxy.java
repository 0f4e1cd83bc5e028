package dev.vigil.testkit.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TCP proxy on a fixed loopback port in front of a real server, so a service can be configured with an address
 * whose server a test makes unreachable and reachable again: {@link #cut()} refuses new connections (the port is
 * closed, as for a server that is down) and drops the open ones; {@link #restore()} listens on the same port again.
 */
public final class TcpProxy implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TcpProxy.class);
    private static final int BUFFER_BYTES = 16 * 1024;

    private final InetSocketAddress target;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Object connections = new Object();
    private volatile ServerSocket listener;
    private volatile Thread acceptor;

    private TcpProxy(InetSocketAddress target, ServerSocket listener) {
        this.target = target;
        this.listener = listener;
        this.port = listener.getLocalPort();
        this.acceptor = accept(listener);
    }

    /** A proxy on a free loopback port that forwards to {@code host:port}, listening at once. */
    public static TcpProxy to(String host, int port) {
        return new TcpProxy(new InetSocketAddress(host, port), listen(0));
    }

    /** A proxy on a free loopback port that forwards to {@code host:port} but refuses connections until restored. */
    public static TcpProxy cutTo(String host, int port) {
        TcpProxy proxy = to(host, port);
        proxy.cut();
        return proxy;
    }

    public int port() {
        return port;
    }

    /** Refuses new connections and resets the open ones, as a server that went down does. */
    public synchronized void cut() {
        closeQuietly(listener);
        // The port is released only once the thread blocked in accept has woken up and left.
        try {
            acceptor.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (connections) {
            open.forEach(TcpProxy::closeQuietly);
            open.clear();
        }
        log.atInfo().addKeyValue("port", port).addKeyValue("target", target).log("proxy cut");
    }

    /** Listens on the same port again. */
    public synchronized void restore() {
        if (!listener.isClosed()) {
            return;
        }
        listener = listen(port);
        acceptor = accept(listener);
        log.atInfo().addKeyValue("port", port).addKeyValue("target", target).log("proxy restored");
    }

    private Thread accept(ServerSocket server) {
        return Thread.ofPlatform().daemon().name("tcp-proxy-" + port).start(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    if (track(server, client)) {
                        Thread.ofVirtual().start(() -> connect(client));
                    }
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    /** Under the lock {@link #cut()} drops connections with, so one accepted just before a cut goes with the rest. */
    private boolean track(ServerSocket server, Socket client) {
        synchronized (connections) {
            if (server.isClosed()) {
                closeQuietly(client);
                return false;
            }
            open.add(client);
            return true;
        }
    }

    private void connect(Socket client) {
        try {
            Socket upstream = new Socket(target.getAddress(), target.getPort());
            synchronized (connections) {
                if (!open.contains(client)) {
                    upstream.close();
                    return;
                }
                open.add(upstream);
            }
            Thread.ofVirtual().start(() -> pump(client, upstream));
            pump(upstream, client);
        } catch (IOException unreachable) {
            closeQuietly(client);
        }
    }

    private void pump(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            byte[] buffer = new byte[BUFFER_BYTES];
            for (int read; (read = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (SocketException closed) {
            // One side went away, or the proxy was cut: the other side follows below.
        } catch (IOException e) {
            log.atDebug().setCause(e).log("proxy stream ended");
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static ServerSocket listen(int port) {
        try {
            var server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on loopback port " + port, e);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // Already closed: nothing left to release.
        }
    }

    @Override
    public void close() {
        cut();
    }
}

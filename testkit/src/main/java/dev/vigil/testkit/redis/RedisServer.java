package dev.vigil.testkit.redis;

import dev.vigil.testkit.FreePorts;
import dev.vigil.testkit.ServerPorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A real redis-server process (the binary bundled in embedded-redis) on loopback, so Redis-backed
 * code is tested against Redis itself; the library stops every process it started when the JVM exits.
 */
public final class RedisServer {

    private static final String LOOPBACK = "127.0.0.1";

    private final redis.embedded.RedisServer process;
    private final int port;

    private RedisServer(redis.embedded.RedisServer process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The JVM's server, started by the first caller; never stop it, other test classes share it. */
    public static RedisServer shared() {
        return Holder.INSTANCE;
    }

    /** A running server of the caller's own on a free port, for tests that stop it to see Redis go down. */
    public static RedisServer dedicated() {
        return launch(FreePorts.find(1).getFirst());
    }

    public String host() {
        return LOOPBACK;
    }

    public int port() {
        return port;
    }

    public Map<String, String> springProperties() {
        return Map.of(
                "spring.data.redis.host", host(),
                "spring.data.redis.port", String.valueOf(port()));
    }

    public boolean isRunning() {
        return process.isActive();
    }

    /** Kills the process: clients see connections refused until {@link #start()}. */
    public synchronized void stop() {
        if (!process.isActive()) {
            return;
        }
        try {
            process.stop();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop redis-server on port " + port, e);
        }
    }

    /** Starts the process again on the same port, empty: nothing is persisted across a stop. */
    public synchronized void start() {
        if (process.isActive()) {
            return;
        }
        try {
            process.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start redis-server on port " + port, e);
        }
    }

    private static RedisServer launch(int port) {
        try {
            // Test data is disposable: no snapshot or append-only file is written anywhere.
            var process = redis.embedded.RedisServer.newRedisServer()
                    .bind(LOOPBACK)
                    .port(port)
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .build();
            var server = new RedisServer(process, port);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare redis-server on port " + port, e);
        }
    }

    private static final class Holder {
        private static final RedisServer INSTANCE = launch(
                ServerPorts.isFixed("redis") ? ServerPorts.configured("redis") : FreePorts.find(1).getFirst());
    }
}

package dev.vigil.localstack;

import dev.vigil.testkit.FreePorts;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed loopback ports of the local stack, so the printed URLs and the README stay true from
 * one start to the next. Kafka is not among them: testkit's embedded KRaft broker (Spring Kafka's
 * {@code EmbeddedKafkaKraftBroker}) ignores a requested port, so the banner prints where it listens.
 */
public record StackPorts(int gateway, int registry, int scheduler, int probe, int analytics, int notifier,
        int console, int postgres, int keycloak, int smtp, int inbox, int demo, int demoTls) {

    /** The services' own defaults where they have one (gateway 8080, Keycloak 8180, SMTP 1025, ...). */
    public static final StackPorts DEFAULTS = new StackPorts(8080, 8081, 8082, 8083, 8084, 8085,
            8086, 5432, 8180, 1025, 8025, 8090, 8443);

    /**
     * Ports free right now, for a stack beside a running local stack or another build's tests (the end-to-end
     * tests). Another process could take one before the stack binds it; the stack then fails naming it.
     */
    public static StackPorts free() {
        List<Integer> port = FreePorts.find(LISTENERS);
        return new StackPorts(port.get(0), port.get(1), port.get(2), port.get(3), port.get(4), port.get(5), port.get(6),
                port.get(7), port.get(8), port.get(9), port.get(10), port.get(11), port.get(12));
    }

    private static final int LISTENERS = 13;

    /** Every port by what listens on it, in a stable order. */
    Map<String, Integer> byListener() {
        var ports = new LinkedHashMap<String, Integer>();
        ports.put("gateway", gateway);
        ports.put("registry-service", registry);
        ports.put("scheduler-service", scheduler);
        ports.put("probe-service", probe);
        ports.put("analytics-streams", analytics);
        ports.put("notifier-service", notifier);
        ports.put("console", console);
        ports.put("postgres", postgres);
        ports.put("keycloak", keycloak);
        ports.put("smtp", smtp);
        ports.put("inbox", inbox);
        ports.put("demo target", demo);
        ports.put("demo TLS target", demoTls);
        return ports;
    }

    /** Fails naming every port that something else already holds, before anything is started. */
    public void requireFree() {
        List<String> busy = byListener().entrySet().stream()
                .filter(entry -> !isFree(entry.getValue()))
                .map(entry -> entry.getValue() + " (" + entry.getKey() + ")")
                .toList();
        if (!busy.isEmpty()) {
            throw new IllegalStateException("These ports are already in use: " + String.join(", ", busy)
                    + ". Is another local stack still running?");
        }
    }

    /** Tells testkit's shared servers to listen on these ports instead of free ones. */
    public void applyToTestkit() {
        System.setProperty("vigil.testkit.postgres.port", String.valueOf(postgres));
        System.setProperty("vigil.testkit.keycloak.port", String.valueOf(keycloak));
        System.setProperty("vigil.testkit.smtp.port", String.valueOf(smtp));
    }

    private static boolean isFree(int port) {
        try (var socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}

package dev.vigil.testkit;

/**
 * Where a shared server listens: on a free port by default, so test JVMs never collide, or on the
 * port a system property names, so the local stack can print stable URLs
 * ({@code -Dvigil.testkit.kafka.port=9092} and likewise for {@code postgres}, {@code keycloak}, {@code smtp}).
 */
public final class ServerPorts {

    /** Zero asks the operating system for a free port. */
    public static final int ANY_FREE_PORT = 0;

    private ServerPorts() {
    }

    public static int configured(String server) {
        return Integer.getInteger("vigil.testkit." + server + ".port", ANY_FREE_PORT);
    }

    public static boolean isFixed(String server) {
        return configured(server) != ANY_FREE_PORT;
    }
}
